// A goroutine leak: a sender blocked on a channel nobody reads shows up in runtime.NumGoroutine.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func search(query string, d time.Duration) <-chan string {
	ch := make(chan string) // unbuffered: the sender blocks forever if nobody receives
	go func() {
		time.Sleep(d)
		ch <- "result for " + query
	}()
	return ch
}

func firstOrTimeout(query string, d time.Duration) string {
	select {
	case r := <-search(query, d):
		return r
	case <-time.After(20 * time.Millisecond):
		return "timeout for " + query
	}
}

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	fmt.Println(firstOrTimeout("fast", 5*time.Millisecond))
	fmt.Println(firstOrTimeout("slow", 50*time.Millisecond))
	fmt.Println(firstOrTimeout("slower", 60*time.Millisecond))
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines at end:", runtime.NumGoroutine())
}
