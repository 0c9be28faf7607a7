// A panic in any goroutine, not only in main, ends the whole program (R12.3).
package main

import (
	"fmt"
	"time"
)

func worker(id int) {
	fmt.Println("worker", id, "starts")
	if id == 2 {
		panic("worker 2 found a burnt cake")
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("worker", id, "finished")
}

func main() {
	go worker(1)
	go worker(2)
	go worker(3)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("never printed")
}
