// Goroutines are cheap: main is preempted while it starts 100,000, so most of them park on one
// channel; one close wakes those (R7.5), the rest receive at once. A WaitGroup collects them.
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
	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go add(start, i)
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	close(start)
	wg.Wait()
	fmt.Println("sum:", sum)
	fmt.Println("goroutines after Wait:", runtime.NumGoroutine())
}
