package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		msg := "hello"
		fmt.Println("worker done")
	}()
	wg.Wait()
}
