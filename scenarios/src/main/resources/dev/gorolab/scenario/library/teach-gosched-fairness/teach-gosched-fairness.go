// Two goroutines that call Gosched after each step take turns: every Gosched sends the caller to
// the tail of the global run queue (R5.1). Output: B0 A0 B1 A1 B2 A2.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var wg sync.WaitGroup

func worker(name string) {
	for i := 0; i < 3; i++ {
		fmt.Printf("%s%d ", name, i)
		runtime.Gosched()
	}
	wg.Done()
}

func main() {
	wg.Add(2)
	go worker("A")
	go worker("B")
	wg.Wait()
	fmt.Println()
}
