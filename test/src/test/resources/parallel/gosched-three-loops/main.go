// Three goroutines print a letter three times each, yielding with Gosched after every print.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, s := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				fmt.Println(s, i)
				runtime.Gosched()
			}
		}(s)
	}
	wg.Wait()
}
