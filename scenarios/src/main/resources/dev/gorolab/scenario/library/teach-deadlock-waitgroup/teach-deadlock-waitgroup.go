// Three goroutines are counted but only two are started: Wait never returns. In Go 1.19 the wait
// reason is "semacquire" (R11.4).
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func worker(id int) {
	fmt.Println("worker", id, "done")
	wg.Done()
}

func main() {
	wg.Add(3)
	go worker(1)
	go worker(2)
	wg.Wait()
	fmt.Println("never printed")
}
