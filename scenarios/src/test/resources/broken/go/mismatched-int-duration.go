package main

import (
	"fmt"
	"time"
)

func main() {
	delay := 50
	time.Sleep(delay * time.Millisecond)
	fmt.Println("slept")
}
