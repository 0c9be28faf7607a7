// Closing a channel: range stops after the buffered values, and v, ok tells a close from a value.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)

	for v := range ch {
		fmt.Println("range got", v)
	}

	v, ok := <-ch
	fmt.Println("after close:", v, ok)

	done := make(chan bool)
	data := make(chan string)
	go func() {
		for {
			s, more := <-data
			if !more {
				fmt.Println("receiver: channel closed")
				done <- true
				return
			}
			fmt.Println("receiver got", s)
		}
	}()
	data <- "a"
	data <- "b"
	close(data)
	<-done
}
