package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 5
	v := <-ch
	v := v * 2
	fmt.Println(v)
}
