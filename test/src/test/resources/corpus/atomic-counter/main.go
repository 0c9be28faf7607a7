// sync/atomic: fifty goroutines add to a counter without a mutex and no update is lost.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var wg sync.WaitGroup

	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				atomic.AddInt64(&ops, 1)
			}
			wg.Done()
		}()
	}

	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops))
}
