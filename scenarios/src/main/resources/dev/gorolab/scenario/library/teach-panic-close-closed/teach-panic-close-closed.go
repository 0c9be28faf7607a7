// Closing a channel twice panics (R7.5).
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 7
	close(ch)
	fmt.Println("closed once; buffered value still there:", <-ch)
	close(ch)
	fmt.Println("never printed")
}
