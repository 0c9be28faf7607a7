// context.WithCancel: cancel closes Done, which wakes every worker blocked in select; Err says why.
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
			fmt.Println("worker", id, "stops:", ctx.Err())
			return
		case j := <-jobs:
			fmt.Println("worker", id, "job", j)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx.Err(), context.Background().Done() == nil)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, &wg)
	}
	for j := 0; j < 4; j++ {
		jobs <- j
	}
	time.Sleep(time.Millisecond)
	cancel()
	wg.Wait()
	cancel()
	fmt.Println("after cancel:", ctx.Err(), ctx.Err() == context.Canceled)
	child, stop := context.WithCancel(ctx)
	defer stop()
	<-child.Done()
	fmt.Println("child of a cancelled context:", child.Err())
}
