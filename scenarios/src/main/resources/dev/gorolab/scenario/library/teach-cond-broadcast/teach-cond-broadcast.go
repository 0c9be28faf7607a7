// sync.Cond broadcast: four runners wait for the start; Broadcast wakes them all in ticket order.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	start := sync.NewCond(&mu)
	go1 := false
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			for !go1 {
				start.Wait()
			}
			fmt.Println("runner", i, "starts")
			mu.Unlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	mu.Lock()
	go1 = true
	start.Broadcast()
	mu.Unlock()
	wg.Wait()
}
