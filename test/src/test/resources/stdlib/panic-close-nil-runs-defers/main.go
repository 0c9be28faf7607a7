// Closing a nil channel panics after the deferred calls of every frame run, innermost first.
package main

import "fmt"

func closeIt(c chan int) {
	defer fmt.Println("closeIt deferred")
	close(c)
}

func main() {
	defer fmt.Println("main deferred")
	var c chan int
	closeIt(c)
	fmt.Println("never printed")
}
