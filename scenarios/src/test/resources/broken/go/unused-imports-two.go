package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("no goroutines here")
}
