// Cancelling a pipeline early: the consumer takes two values and closes done, stages stop sending.
package main

import (
	"fmt"
	"sync"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				fmt.Println("gen: cancelled")
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	go func() {
		defer wg.Done()
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				fmt.Println("sq: cancelled")
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	out := sq(done, gen(done, 1, 2, 3, 4, 5), &wg)
	fmt.Println(<-out)
	fmt.Println(<-out)
	close(done)
	wg.Wait()
	fmt.Println("main: pipeline stopped")
}
