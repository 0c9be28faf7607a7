// A Mutex keeps a read-modify-write of a shared counter whole, even when the holder is
// descheduled in the middle (Gosched): the others park in Lock (semacquire, R14.3).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var mu sync.Mutex
var counter int
var wg sync.WaitGroup

func increment(id int) {
	for k := 0; k < 2; k++ {
		mu.Lock()
		v := counter
		runtime.Gosched() // give the others a chance to run in the middle of the update
		counter = v + 1
		fmt.Printf("G%d: counter %d -> %d\n", id, v, counter)
		mu.Unlock()
	}
	wg.Done()
}

func main() {
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go increment(i)
	}
	wg.Wait()
	fmt.Println("counter =", counter)
}
