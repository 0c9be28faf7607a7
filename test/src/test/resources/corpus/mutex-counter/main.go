// A counter shared by a hundred goroutines, protected by a sync.Mutex.
package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	counter int
)

func increment(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 1000; i++ {
		mu.Lock()
		counter++
		mu.Unlock()
	}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go increment(&wg)
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
