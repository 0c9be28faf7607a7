package main

import "fmt"

func main() {
	ch := make(chan string)
	count := 0
	go func() { ch <- "ping" }()
	fmt.Println(<-ch)
}
