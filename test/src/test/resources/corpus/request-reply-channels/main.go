// Channels of channels: each request carries its own reply channel to a server goroutine.
package main

import "fmt"

type Request struct {
	a, b  int
	reply chan int
}

func server(requests <-chan Request) {
	for req := range requests {
		req.reply <- req.a + req.b
	}
}

func main() {
	requests := make(chan Request)
	go server(requests)

	for i := 1; i <= 3; i++ {
		req := Request{a: i, b: i * 10, reply: make(chan int)}
		requests <- req
		fmt.Printf("%d + %d = %d\n", req.a, req.b, <-req.reply)
	}
	close(requests)
}
