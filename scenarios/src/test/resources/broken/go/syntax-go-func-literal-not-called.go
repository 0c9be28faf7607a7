package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Println("in the goroutine")
	}
	time.Sleep(10 * time.Millisecond)
}
