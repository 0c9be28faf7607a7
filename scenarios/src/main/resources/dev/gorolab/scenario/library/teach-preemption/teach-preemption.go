// A CPU-bound loop without function calls is preempted after its 10 ms time slice (R4.1) and goes
// to the global run queue (R4.3), so A runs before the loop finishes.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var sink int

func spin() {
	fmt.Println("S starts a 200 ms loop")
	for i := 0; i < 200000000; i++ { //gorolab:work 200ms
		sink += i
	}
	fmt.Println("S done")
	wg.Done()
}

func say(name string) {
	fmt.Println(name, "runs")
	wg.Done()
}

func main() {
	wg.Add(3)
	go spin()
	go say("A")
	go say("B")
	wg.Wait()
}
