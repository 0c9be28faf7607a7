// Cond.Signal wakes the waiter with the oldest ticket (runtime notifyList, FIFO).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	queue := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			for queue == 0 {
				c.Wait()
			}
			queue--
			fmt.Println("consumer", i, "took an item")
			mu.Unlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	for k := 0; k < 3; k++ {
		mu.Lock()
		queue++
		c.Signal()
		mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	c.Signal() // nobody waits: nothing happens
	fmt.Println("done")
}
