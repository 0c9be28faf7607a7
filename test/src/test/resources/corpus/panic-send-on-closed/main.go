// A producer sends after the channel was closed by someone else: Go panics.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int, 1)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i
			time.Sleep(10 * time.Millisecond)
		}
	}()
	fmt.Println(<-results)
	fmt.Println(<-results)
	close(results) // wrong: the sender should close
	time.Sleep(50 * time.Millisecond)
	fmt.Println("not reached")
}
