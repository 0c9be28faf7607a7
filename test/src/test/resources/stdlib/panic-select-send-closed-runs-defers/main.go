// A select whose send case finds the channel closed panics; deferred calls run (R8.3).
package main

import "fmt"

func main() {
	defer fmt.Println("deferred")
	a := make(chan int)
	b := make(chan int)
	close(a)
	select {
	case a <- 1:
		fmt.Println("sent")
	case <-b:
		fmt.Println("received")
	}
}
