// A producer sends five values on an unbuffered channel; main receives and prints them.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Println("send", i)
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("recv", v)
	}
}
