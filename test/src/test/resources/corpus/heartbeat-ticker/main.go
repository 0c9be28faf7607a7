// A long job reports progress on a heartbeat channel driven by a ticker.
package main

import (
	"fmt"
	"time"
)

func job(steps int, heartbeat chan<- int, done chan<- struct{}) {
	for i := 1; i <= steps; i++ {
		time.Sleep(40 * time.Millisecond)
		select {
		case heartbeat <- i:
		default: // nobody listening right now; skip this beat
		}
	}
	close(done)
}

func main() {
	heartbeat := make(chan int)
	done := make(chan struct{})
	go job(4, heartbeat, done)
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case step := <-heartbeat:
			fmt.Println("job is alive, step", step)
		case <-ticker.C:
			fmt.Println("still waiting")
		case <-done:
			fmt.Println("job finished")
			return
		}
	}
}
