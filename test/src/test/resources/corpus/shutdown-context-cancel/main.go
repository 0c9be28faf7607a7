// Cancelling a context stops a worker pool: each worker watches ctx.Done() between jobs.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, jobs <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			fmt.Printf("worker %d: %v\n", id, ctx.Err())
			return
		case j := <-jobs:
			fmt.Printf("worker %d: job %d\n", id, j)
			time.Sleep(15 * time.Millisecond)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, &wg)
	}
	for j := 1; j <= 4; j++ {
		jobs <- j
	}
	time.Sleep(50 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println("main: done")
}
