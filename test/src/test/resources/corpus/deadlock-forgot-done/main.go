// A WaitGroup that never reaches zero: one worker returns early without calling Done.
package main

import (
	"fmt"
	"sync"
)

func process(id int, wg *sync.WaitGroup) {
	if id == 2 {
		fmt.Println("worker 2: nothing to do")
		return // forgot wg.Done()
	}
	fmt.Println("worker", id, "done")
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go process(i, &wg)
	}
	wg.Wait()
	fmt.Println("never printed")
}
