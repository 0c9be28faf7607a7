// A sender parked on a channel that another goroutine closes panics when it wakes; its deferred
// calls run before the program dies (R7.2 step 5).
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		defer fmt.Println("sender deferred")
		fmt.Println("sender blocks")
		ch <- 1
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main closes")
	close(ch)
	time.Sleep(time.Millisecond)
	fmt.Println("never printed")
}
