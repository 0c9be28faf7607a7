// A generator: a function that returns a receive-only channel fed by its own goroutine.
package main

import "fmt"

func fibonacci(n int) <-chan int {
	c := make(chan int)
	go func() {
		x, y := 0, 1
		for i := 0; i < n; i++ {
			c <- x
			x, y = y, x+y
		}
		close(c)
	}()
	return c
}

func main() {
	for f := range fibonacci(12) {
		fmt.Print(f, " ")
	}
	fmt.Println()
}
