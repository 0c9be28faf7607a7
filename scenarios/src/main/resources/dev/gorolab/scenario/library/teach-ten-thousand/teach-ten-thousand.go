// Goroutines are cheap: 10,000 of them start within one time slice of main, so none has run
// when main closes the channel; each then receives at once (R7.3). A WaitGroup collects them.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var wg sync.WaitGroup
var mu sync.Mutex
var sum int

func add(start chan bool, i int) {
	<-start
	mu.Lock()
	sum = sum + i
	mu.Unlock()
	wg.Done()
}

func main() {
	start := make(chan bool)
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go add(start, i)
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	close(start)
	wg.Wait()
	fmt.Println("sum:", sum)
	fmt.Println("goroutines after Wait:", runtime.NumGoroutine())
}
