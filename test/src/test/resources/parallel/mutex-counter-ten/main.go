// Ten goroutines increment a counter under a Mutex and print who made it what.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			counter++
			fmt.Println("goroutine", id, "counter", counter)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("final", counter)
}
