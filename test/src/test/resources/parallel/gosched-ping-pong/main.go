// A short ping-pong by Gosched: two goroutines take turns three times each.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			fmt.Println("ping", i)
			runtime.Gosched()
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			fmt.Println("pong", i)
			runtime.Gosched()
		}
	}()
	wg.Wait()
}
