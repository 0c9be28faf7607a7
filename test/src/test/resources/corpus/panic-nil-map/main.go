// Writing to a nil map inside a goroutine panics and takes the whole program down.
package main

import (
	"fmt"
	"sync"
)

type Registry struct {
	names map[int]string
}

func main() {
	var r Registry
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("registering")
		r.names[1] = "alice"
	}()
	wg.Wait()
	fmt.Println("registered")
}
