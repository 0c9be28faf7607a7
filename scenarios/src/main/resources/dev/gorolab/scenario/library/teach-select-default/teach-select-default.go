// A select with a default case never blocks (R8.4): it polls a channel, or drops a value when
// the buffer is full (R7.4).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	results := make(chan int)
	go func() {
		results <- 42
	}()
	received := false
	for !received {
		select {
		case v := <-results:
			fmt.Println("got", v)
			received = true
		default:
			fmt.Println("no result yet, yielding")
			runtime.Gosched()
		}
	}

	queue := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		select {
		case queue <- i:
			fmt.Println("queued", i)
		default:
			fmt.Println("queue full, dropped", i)
		}
	}
}
