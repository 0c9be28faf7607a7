// time.AfterFunc starts f in a new goroutine when the timer fires; Stop before that cancels it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println("f runs; goroutines:", runtime.NumGoroutine())
		done <- true
	})
	cancelled := time.AfterFunc(5*time.Millisecond, func() {
		fmt.Println("never printed")
	})
	fmt.Println("stopped:", cancelled.Stop())
	fmt.Println("goroutines before:", runtime.NumGoroutine())
	<-done
	fmt.Println("main got done")
}
