// Meant to be run with GOMAXPROCS=4: idle processors steal half of a busy processor's local run
// queue (R3.5), so the workers finish in a different order on every run. With GOMAXPROCS=1
// there is nobody to steal and the order is fixed: 7 0 1 2 3 4 5 6.
// NONDETERMINISTIC with GOMAXPROCS>1: the fixture is recorded with GOMAXPROCS=1 only.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var sink int

func worker(id int) {
	//gorolab:work 1ms (about a millisecond of CPU work, well below the 10 ms time slice)
	for i := 0; i < 1000000; i++ {
		sink += i
	}
	fmt.Println("worker", id, "done")
	wg.Done()
}

func main() {
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go worker(i)
	}
	wg.Wait()
	fmt.Println("all workers done")
}
