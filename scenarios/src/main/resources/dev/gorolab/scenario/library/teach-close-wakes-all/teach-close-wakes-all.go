// close wakes every waiting receiver with the zero value and ok=false (R7.5). They become
// runnable in reverse order, each through runnext, so they run R1 R4 R3 R2 (R6.3).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var wg sync.WaitGroup

func receiver(id int, ch chan int) {
	v, ok := <-ch
	fmt.Printf("R%d got %d %t\n", id, v, ok)
	wg.Done()
}

func main() {
	ch := make(chan int)
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go receiver(i, ch)
		runtime.Gosched() // let R(i) park on ch before R(i+1) is created
	}
	close(ch)
	wg.Wait()
}
