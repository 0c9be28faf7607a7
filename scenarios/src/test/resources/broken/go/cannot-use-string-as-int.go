package main

import "fmt"

func main() {
	var workers int = "four"
	fmt.Println(workers)
}
