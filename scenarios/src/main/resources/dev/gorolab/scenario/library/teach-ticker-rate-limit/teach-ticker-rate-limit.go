// Rate limiting with a Ticker: each request waits for the next tick, one request per 10 ms.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(10 * time.Millisecond)
	defer limiter.Stop()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req, "served")
	}
}
