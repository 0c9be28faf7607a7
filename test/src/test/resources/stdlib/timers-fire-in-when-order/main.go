// Expired timers fire in when order at one scheduling point; each wake goes to runnext, so the
// last fired runs first (R9.3, R6.3).
package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.After(30 * time.Millisecond)
	b := time.After(10 * time.Millisecond)
	c := time.After(20 * time.Millisecond)
	for i := 0; i < 3; i++ {
		select {
		case <-a:
			fmt.Println("a (30ms)")
		case <-b:
			fmt.Println("b (10ms)")
		case <-c:
			fmt.Println("c (20ms)")
		}
	}
}
