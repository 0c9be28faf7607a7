package main

import (
	"fmt"
	"time"
)

func worker() {
	fmt.Println("working")
}

func main() {
	go worker
	time.Sleep(10 * time.Millisecond)
}
