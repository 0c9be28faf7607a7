// A worker that recovers from a panic in one job and carries on with the next.
package main

import (
	"fmt"
	"sync"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	jobs := [][2]int{{10, 2}, {7, 0}, {9, 3}}
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(a, b int) {
			defer wg.Done()
			q, err := safeDivide(a, b)
			if err != nil {
				fmt.Println(a, "/", b, "->", err)
				return
			}
			fmt.Println(a, "/", b, "=", q)
		}(j[0], j[1])
	}
	wg.Wait()
}
