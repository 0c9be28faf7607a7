package main

import "fmt"

func main() {
	worker := 1
	go worker()
	fmt.Println("started")
}
