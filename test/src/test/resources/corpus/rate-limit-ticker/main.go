// Rate limiting with a ticker: requests are served at most one per tick.
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

	limiter := time.NewTicker(50 * time.Millisecond)
	defer limiter.Stop()

	start := time.Now()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	fmt.Println("5 requests took about", time.Since(start).Round(50*time.Millisecond))
}
