// Closing a nil channel panics (R7.5).
package main

import "fmt"

var ch chan int

func main() {
	fmt.Println("closing a channel that was never made")
	close(ch)
	fmt.Println("never printed")
}
