package main

import "fmt"

func drain(in <-chan string) {
	for s := range in {
		fmt.Println(s)
	}
	close(in)
}

func main() {
	ch := make(chan string, 1)
	ch <- "x"
	close(ch)
	drain(ch)
}
