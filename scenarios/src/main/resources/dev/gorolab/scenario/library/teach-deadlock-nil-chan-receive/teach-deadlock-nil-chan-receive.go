// A receive on a nil channel blocks forever (R7.3): "chan receive (nil chan)".
package main

import "fmt"

var ch chan int

func main() {
	fmt.Println("receiving from a nil channel")
	v := <-ch
	fmt.Println("never printed", v)
}
