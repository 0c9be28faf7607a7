// time.After in a select: the timer fires first, its one-slot channel wakes the select (R9.3).
package main

import (
	"fmt"
	"time"
)

func main() {
	result := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		result <- "slow answer"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout after 20ms")
	}
	go func() {
		time.Sleep(5 * time.Millisecond)
		result <- "fast answer"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
}
