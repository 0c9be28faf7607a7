package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
loop:
	for {
		select {
		case <-ch:
			fmt.Println("closed")
			return
		}
	}
}
