// Closing a channel as a broadcast: every runner waits on start, one close releases them all.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("runner", id, "ready")
			<-start
			fmt.Println("runner", id, "running")
		}(i)
	}
	time.Sleep(10 * time.Millisecond) // let every runner get ready
	fmt.Println("ready, set, go!")
	close(start)
	wg.Wait()
}
