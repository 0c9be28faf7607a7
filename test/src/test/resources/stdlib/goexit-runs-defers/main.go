// runtime.Goexit runs the deferred calls of every frame, innermost first, then the goroutine ends
// without a panic; the rest of the program goes on.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func inner() {
	defer fmt.Println("inner deferred")
	runtime.Goexit()
	fmt.Println("never printed")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("outer deferred")
		inner()
		fmt.Println("never printed")
	}()
	wg.Wait()
	fmt.Println("main goes on; goroutines:", runtime.NumGoroutine())
}
