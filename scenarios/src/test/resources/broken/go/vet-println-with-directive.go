package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 7
	fmt.Println("got %d", <-ch)
}
