// Graceful shutdown: closing done tells every worker to stop; a WaitGroup waits until they have.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, period time.Duration, done <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for rounds := 0; ; rounds++ {
		select {
		case <-done:
			fmt.Printf("worker %d: stopping after %d rounds\n", id, rounds)
			return
		default:
		}
		time.Sleep(period) // one round of work
	}
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	periods := []time.Duration{60 * time.Millisecond, 90 * time.Millisecond, 150 * time.Millisecond}
	for i, p := range periods {
		wg.Add(1)
		go worker(i+1, p, done, &wg)
	}

	time.Sleep(210 * time.Millisecond)
	fmt.Println("main: shutting down")
	close(done)
	wg.Wait()
	fmt.Println("main: all workers stopped")
}
