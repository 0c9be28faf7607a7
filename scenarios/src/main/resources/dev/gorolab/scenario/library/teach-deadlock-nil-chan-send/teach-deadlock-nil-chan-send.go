// A channel that was declared but never made is nil; a send on it blocks forever (R7.2):
// "chan send (nil chan)".
package main

import "fmt"

var ch chan int

func main() {
	fmt.Println("sending on a nil channel")
	ch <- 1
	fmt.Println("never printed")
}
