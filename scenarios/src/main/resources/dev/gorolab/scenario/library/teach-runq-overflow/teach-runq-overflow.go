// 300 goroutines overflow the local run queue (256 slots): half of it moves to the global run
// queue (R2.3), and every 61st scheduler tick takes one goroutine from there (R3.1).
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func record(order chan int, i int) {
	order <- i
	wg.Done()
}

func main() {
	order := make(chan int, 300)
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go record(order, i)
	}
	wg.Wait()
	close(order)
	// Print the run order as ranges of consecutive indexes: "299 127-243 0 ...".
	first := -1
	last := -1
	for i := range order {
		if first >= 0 && i == last+1 {
			last = i
			continue
		}
		if first >= 0 {
			printRange(first, last)
		}
		first = i
		last = i
	}
	printRange(first, last)
	fmt.Println()
}

func printRange(first int, last int) {
	if first == last {
		fmt.Printf("%d ", first)
	} else {
		fmt.Printf("%d-%d ", first, last)
	}
}
