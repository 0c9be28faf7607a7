// Closing a closed channel is an ordinary panic: deferred calls run first (R7.5, R12.3).
package main

import "fmt"

func main() {
	defer fmt.Println("deferred")
	c := make(chan int)
	close(c)
	close(c)
}
