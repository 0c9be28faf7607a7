// runtime.Gosched hands the processor over, so two loops interleave even on one P.
package main

import (
	"fmt"
	"runtime"
)

func say(s string, done chan<- bool) {
	for i := 0; i < 3; i++ {
		runtime.Gosched()
		fmt.Println(s, i)
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go say("world", done)
	go say("hello", done)
	<-done
	<-done
}
