// Producers and a consumer on a buffered channel; the channel is closed once both producers finish.
package main

import (
	"fmt"
	"sync"
)

func producer(name string, n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= n; i++ {
		item := fmt.Sprintf("%s-%d", name, i)
		out <- item
		fmt.Println("produced", item)
	}
}

func main() {
	queue := make(chan string, 3)
	var wg sync.WaitGroup
	wg.Add(2)
	go producer("apple", 3, queue, &wg)
	go producer("pear", 3, queue, &wg)

	go func() {
		wg.Wait()
		close(queue)
	}()

	count := 0
	for item := range queue {
		fmt.Println("consumed", item)
		count++
	}
	fmt.Println("consumed", count, "items")
}
