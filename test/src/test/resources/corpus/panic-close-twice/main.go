// Two goroutines both close the same channel when they finish: the second close panics.
package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("worker", id, "finished, closing done")
			close(done)
		}(i)
	}
	wg.Wait()
	<-done
}
