package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	close(ch)
	for i, s := range ch {
		fmt.Println(i, s)
	}
}
