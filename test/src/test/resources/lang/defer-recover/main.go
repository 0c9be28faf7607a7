// defer and recover: recovering user panics and runtime errors, named results set by a deferred call.
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

func count() (n int) {
	defer func() { n *= 10 }()
	n = 4
	return
}

func protect(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "recovered:", r)
	}()
	f()
	fmt.Println(name, "not reached when f panics")
}

func main() {
	fmt.Println(safeDivide(10, 2))
	q, err := safeDivide(1, 0)
	fmt.Println(q, err)
	fmt.Println(count())
	protect("a", func() { panic("boom") })
	protect("b", func() {
		var s []int
		_ = s[3]
	})
	protect("c", func() {})
	fmt.Println(recover())

	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("worker", i, "recovered:", r)
				}
			}()
			if i == 1 {
				panic(fmt.Sprintf("job %d failed", i))
			}
			fmt.Println("worker", i, "ok")
		}(i)
	}
	wg.Wait()
	defer fmt.Println("deferred before the panic")
	panic("final")
}
