package main

import "fmt"

func main() {
	results := make(chan int)
	go func() {
		result <- 42
	}()
	fmt.Println(<-results)
}
