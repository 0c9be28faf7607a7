// A parallel map that keeps the input order: each goroutine writes only its own slot of the result.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"go", "channel", "select", "mutex", "scheduler"}
	lengths := make([]int, len(words))
	upper := make([]string, len(words))

	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func(i int, w string) {
			defer wg.Done()
			lengths[i] = len(w)
			upper[i] = strings.ToUpper(w)
		}(i, w)
	}
	wg.Wait()

	fmt.Println(lengths)
	fmt.Println(strings.Join(upper, ","))
}
