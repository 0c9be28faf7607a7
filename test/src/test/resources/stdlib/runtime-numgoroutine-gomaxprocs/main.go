// runtime.NumGoroutine counts user goroutines; runtime.GOMAXPROCS(n) returns the previous value.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.Gosched()
		}()
	}
	fmt.Println("after go:", runtime.NumGoroutine())
	fmt.Println("GOMAXPROCS(0):", runtime.GOMAXPROCS(0))
	fmt.Println("GOMAXPROCS(2):", runtime.GOMAXPROCS(2))
	fmt.Println("GOMAXPROCS(1):", runtime.GOMAXPROCS(1))
	wg.Wait()
	fmt.Println("end:", runtime.NumGoroutine())
}
