// A data race made visible: each maker reads the shared counter, is descheduled (Gosched), then
// writes back the old value plus one. Three increments leave the counter at 1. Compare
// teach-mutex-counter.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var i int
var wg sync.WaitGroup

func maker(id int) {
	n := i
	runtime.Gosched() // another maker runs between the read and the write
	i = n + 1
	fmt.Printf("maker %d: read %d, wrote %d\n", id, n, i)
	wg.Done()
}

func main() {
	for k := 1; k <= 3; k++ {
		wg.Add(1)
		go maker(k)
	}
	wg.Wait()
	fmt.Println("3 increments, counter =", i)
}
