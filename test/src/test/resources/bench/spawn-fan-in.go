// Spawn and fan in: 100,000 goroutines each send one value on a shared channel; main sums them.
package main

import "fmt"

func main() {
	const n = 100000
	ch := make(chan int)
	for i := 0; i < n; i++ {
		go func(v int) {
			ch <- v
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	fmt.Println("sum:", sum)
}
