// The course's say("world")/say("hello") with runtime.Gosched.
package main

import (
	"fmt"
	"runtime"
)

func say(msg string) {
	for i := 0; i < 5; i++ {
		runtime.Gosched()
		fmt.Println(msg)
	}
}

func main() {
	go say("world")
	say("hello")
}
