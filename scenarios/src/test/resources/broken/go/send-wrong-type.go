package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- "one"
	fmt.Println(<-ch)
}
