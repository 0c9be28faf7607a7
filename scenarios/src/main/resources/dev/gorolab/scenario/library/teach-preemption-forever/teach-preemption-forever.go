// A goroutine that loops forever cannot starve main: it is preempted every 10 ms (R4.1), and
// main's sleep timer fires at the next scheduling point (R9.2).
package main

import (
	"fmt"
	"time"
)

var sink int

func main() {
	go func() {
		for {
			sink++ //gorolab:work 1ms
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up")
}
