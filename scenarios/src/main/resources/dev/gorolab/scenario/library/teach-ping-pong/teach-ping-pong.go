// Two goroutines that wake each other through runnext share one time slice (R3.3, R4.4): C waits
// in the local run queue until the ping-pong is over.
package main

import "fmt"

func pong(ping chan int, reply chan int) {
	for n := range ping {
		fmt.Println("pong", n)
		reply <- n
	}
}

func main() {
	ping := make(chan int)
	reply := make(chan int)
	done := make(chan bool)
	go func() {
		fmt.Println("C finally runs")
		done <- true
	}()
	go pong(ping, reply)
	for i := 1; i <= 5; i++ {
		fmt.Println("ping", i)
		ping <- i
		<-reply
	}
	close(ping)
	<-done
}
