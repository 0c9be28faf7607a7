package main

import "fmt"

func fibonacci(n int, ch chan int) {
	x, y := 1, 1
	for i := 0; i < n; i++ {
		ch <- x
		x, y = y, x+y
	}
	// close(ch) // 正文："如果去除close(ch)，也将会dead lock"
}

func main() {
	ch := make(chan int,10)
	go fibonacci(cap(ch), ch)
	for  v := range ch {
		fmt.Println(v)
	}
}

// GoroLab: variant of seed program 11 described in the course text ("如果去除close(ch)，也将会dead lock"):
// close(ch) is commented out. Only that line differs; line numbers match the course text.
