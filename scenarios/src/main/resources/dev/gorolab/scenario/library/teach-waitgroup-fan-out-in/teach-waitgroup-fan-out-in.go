// Fan-out and fan-in with WaitGroups. The waiters of a WaitGroup are released first come, first
// served, each into runnext, so the last released runs first: W4 W1 W2 W3 (R14.2, R6.3).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var start sync.WaitGroup
var finished sync.WaitGroup

func worker(id int) {
	start.Wait()
	fmt.Printf("W%d works\n", id)
	finished.Done()
}

func main() {
	start.Add(1)
	for i := 1; i <= 4; i++ {
		finished.Add(1)
		go worker(i)
		runtime.Gosched() // let W(i) block in start.Wait before W(i+1) is created
	}
	fmt.Println("main: go!")
	start.Done()
	finished.Wait()
	fmt.Println("main: all workers finished")
}
