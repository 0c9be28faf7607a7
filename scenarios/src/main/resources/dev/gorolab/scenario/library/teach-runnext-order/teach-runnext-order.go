// Each new goroutine goes to runnext and pushes the previous one to the local run queue (R2.2),
// so the last one spawned runs first: 9012345678.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func f(i int) {
	fmt.Printf("%d", i)
	wg.Done()
}

func main() {
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go f(i)
	}
	wg.Wait()
	fmt.Println()
}
