// Ping-pong: one million round trips over two unbuffered channels.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for {
			n := <-ping
			pong <- n + 1
		}
	}()
	sum := 0
	for i := 0; i < 1000000; i++ {
		ping <- i
		sum += <-pong - i
	}
	fmt.Println("round trips:", sum)
}
