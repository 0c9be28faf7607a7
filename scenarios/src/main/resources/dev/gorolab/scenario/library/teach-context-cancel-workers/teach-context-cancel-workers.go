// context: a worker pool stopped by cancel; every worker parked on ctx.Done() wakes at once.
package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			fmt.Println("worker", id, "stops:", ctx.Err())
			return
		case j := <-jobs:
			fmt.Println("worker", id, "did job", j)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, &wg)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	cancel() // closes ctx.Done(): all three workers become runnable
	wg.Wait()
	fmt.Println("all workers stopped")
}
