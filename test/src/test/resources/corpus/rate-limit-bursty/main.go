// A bursty limiter: a buffered channel of tokens allows three requests at once, then one per tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	burstyLimiter := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		burstyLimiter <- time.Now()
	}

	go func() {
		for t := range time.Tick(30 * time.Millisecond) {
			burstyLimiter <- t
		}
	}()

	start := time.Now()
	for req := 1; req <= 6; req++ {
		<-burstyLimiter
		waited := time.Since(start) >= 20*time.Millisecond
		fmt.Println("request", req, "had to wait:", waited)
	}
}
