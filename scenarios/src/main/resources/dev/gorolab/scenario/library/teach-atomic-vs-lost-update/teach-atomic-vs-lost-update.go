// A counter updated read-yield-write loses updates; atomic.Int64.Add does not.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var plain int
var counter atomic.Int64

func worker(wg *sync.WaitGroup) {
	defer wg.Done()
	for j := 0; j < 3; j++ {
		v := plain
		runtime.Gosched()
		plain = v + 1
		counter.Add(1)
	}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(&wg)
	}
	wg.Wait()
	fmt.Println("plain counter:", plain)
	fmt.Println("atomic counter:", counter.Load())
}
