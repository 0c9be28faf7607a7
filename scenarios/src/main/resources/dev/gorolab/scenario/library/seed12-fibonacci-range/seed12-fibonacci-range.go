package main

import "fmt"

func fibonacci(n int, ch chan int) {
	x, y := 1, 1
	for i := 0; i < n; i++ {
		ch <- x
		x, y = y, x+y
	}
	close(ch)
}

func main() {
	ch := make(chan int,10)
	go fibonacci(cap(ch), ch)
	for  v := range ch {
		fmt.Println(v)
	}
}

// GoroLab: seed program 11 of the course notes, copied unchanged;
// this note sits at the end so that line numbers match the course text.
