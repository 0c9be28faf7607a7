package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var mu sync.Mutex
var processed int

func worker(jobs chan int, results chan int) {
	for j := range jobs {
		mu.Lock()
		processed++
		mu.Unlock()
		results <- j * 2
	}
	wg.Done()
}

func main() {
	jobs := make(chan int, 8)
	results := make(chan int, 8)
	quit := make(chan bool)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results)
	}
	go func() {
		for i := 0; i < 480000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(quit)
	}()
	sum := 0
	for {
		select {
		case r := <-results:
			sum += r
		case <-quit:
			for len(results) > 0 {
				sum += <-results
			}
			fmt.Println("sum:", sum, "processed:", processed)
			return
		}
	}
}
