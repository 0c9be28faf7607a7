// A timeout with time.After: select waits for the answer or the timer, whichever is first.
package main

import (
	"fmt"
	"time"
)

func slowAnswer(result chan string) {
	time.Sleep(50 * time.Millisecond)
	result <- "the answer"
}

func main() {
	result := make(chan string)
	go slowAnswer(result)
	select {
	case r := <-result:
		fmt.Println("got", r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out after 20ms")
	}
}
