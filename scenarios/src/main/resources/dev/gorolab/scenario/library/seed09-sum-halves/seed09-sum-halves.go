package main

import "fmt"

func sum(a []int, ch chan int) {
	sum := 0
	for _, v := range a {
		sum += v
	}
	ch <- sum
}

func main() {
	ch := make(chan int)
	s := []int{1, -4, -9, 20, 4, 9}
	go sum(s[:len(s)/2], ch)
	go sum(s[len(s)/2:], ch)
	//x, y := <-ch, ch
	x, y := <-ch, <-ch
	fmt.Printf("(%d)+(%d)=%d\n", x, y, x+y)
}

// GoroLab: seed program 9 of the course notes, copied unchanged;
// this note sits at the end so that line numbers match the course text.
