// A sender blocked on a channel panics when another goroutine closes the channel (R7.2, R7.5);
// the panic of any goroutine ends the whole program with exit code 2 (R12.3).
package main

import (
	"fmt"
	"runtime"
)

func sender(ch chan int) {
	fmt.Println("sender blocks on ch")
	ch <- 1
	fmt.Println("never printed")
}

func main() {
	ch := make(chan int)
	go sender(ch)
	runtime.Gosched() // let the sender park on ch
	fmt.Println("main closes ch")
	close(ch)
	runtime.Gosched()
	fmt.Println("never printed")
}
