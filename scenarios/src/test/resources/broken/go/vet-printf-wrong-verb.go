package main

import "fmt"

func main() {
	results := make(chan string, 1)
	results <- "ok"
	fmt.Printf("result %d\n", <-results)
}
