package main

import (
	"fmt"
	"time"
)

func firstOrTimeout(ch <-chan int) (int, bool) {
	for {
		select {
		case v := <-ch:
			return v, true
		case <-time.After(time.Second):
			break
		}
	}
	fmt.Println("unreachable")
}

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println(firstOrTimeout(ch))
}
