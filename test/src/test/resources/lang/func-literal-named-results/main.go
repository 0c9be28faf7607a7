// Function literals with named results: bare return, and deferred recover setting err.
package main

import (
	"errors"
	"fmt"
)

func main() {
	safeDiv := func(a, b int) (q int, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered: %v", r)
			}
		}()
		q = a / b
		return
	}
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	count := func() (n int) {
		defer func() { n *= 10 }()
		n = 4
		return n + 1
	}
	fmt.Println(count())
	try := func(f func() error) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = errors.New(fmt.Sprint("panic: ", r))
			}
		}()
		return f()
	}
	fmt.Println(try(func() error { panic("boom") }), try(func() error { return nil }))
	var results []int
	for i := 0; i < 3; i++ {
		results = append(results, func() (sq int) { sq = i * i; return }())
	}
	fmt.Println(results)
}
