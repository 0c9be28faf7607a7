// RWMutex: two readers share it; a writer waits for them, and a reader arriving after the writer waits too.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rw.RLock()
			fmt.Println("reader", i, "in")
			time.Sleep(time.Duration(2+2*i) * time.Millisecond)
			fmt.Println("reader", i, "out")
			rw.RUnlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.Lock()
		fmt.Println("writer in")
		time.Sleep(time.Millisecond)
		fmt.Println("writer out")
		rw.Unlock()
	}()
	go func() {
		defer wg.Done()
		time.Sleep(500 * time.Microsecond)
		rw.RLock()
		fmt.Println("late reader in, after the writer")
		rw.RUnlock()
	}()
	wg.Wait()
}
