// A three-stage pipeline with unbuffered channels: numbers, keep the even ones, square, sum.
package main

import "fmt"

func numbers(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		fmt.Println("numbers: sending", i)
		out <- i
	}
	close(out)
}

func evens(in <-chan int, out chan<- int) {
	for v := range in {
		if v%2 == 0 {
			out <- v
		}
	}
	close(out)
}

func squares(in <-chan int, out chan<- int) {
	for v := range in {
		fmt.Println("squares: got", v)
		out <- v * v
	}
	close(out)
}

func main() {
	naturals := make(chan int)
	even := make(chan int)
	squared := make(chan int)

	go numbers(6, naturals)
	go evens(naturals, even)
	go squares(even, squared)

	total := 0
	for v := range squared {
		total += v
	}
	fmt.Println("sum of squares of evens:", total)
}
