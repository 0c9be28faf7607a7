// The classic loop-variable trap (before Go 1.22): every closure sees the same i, unless i is passed in.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("captured:", i)
		}()
	}
	wg.Wait()

	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			fmt.Println("passed:", n)
		}(i)
	}
	wg.Wait()
}
