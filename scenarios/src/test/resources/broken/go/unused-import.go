package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	go fmt.Println("hi")
	time.Sleep(time.Millisecond)
}
