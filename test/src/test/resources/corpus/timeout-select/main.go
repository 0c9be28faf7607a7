// A timeout with select and time.After: the slow call loses, the fast one wins.
package main

import (
	"fmt"
	"time"
)

func call(name string, d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- name + " answered"
	}()
	return c
}

func main() {
	select {
	case res := <-call("slow", 200*time.Millisecond):
		fmt.Println(res)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout waiting for slow")
	}

	select {
	case res := <-call("fast", 10*time.Millisecond):
		fmt.Println(res)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout waiting for fast")
	}
}
