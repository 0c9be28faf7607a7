package main

import "fmt"

counter := 0

func main() {
	counter++
	fmt.Println(counter)
}
