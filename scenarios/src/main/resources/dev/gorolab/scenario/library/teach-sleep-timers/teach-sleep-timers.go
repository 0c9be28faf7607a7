// Sleepers whose timers expire in the same scheduler pass wake through runnext, so the last one
// fired runs first: 3 4 0 1 2 (R9.3). Timers fire in the order the sleeps began: 4 0 1 2 3.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func sleeper(i int) {
	time.Sleep(10 * time.Millisecond)
	fmt.Printf("%d ", i)
	wg.Done()
}

func main() {
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go sleeper(i)
	}
	wg.Wait()
	fmt.Println()
}
