// A read-yield-write counter loses updates; atomic.Int64.Add reads and writes in one step.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var plain int
var counter atomic.Int64

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				v := plain
				runtime.Gosched()
				plain = v + 1
				counter.Add(1)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println("plain:", plain)
	fmt.Println("atomic:", counter.Load())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load(), flag.Swap(false))
	var u atomic.Uint32
	u.Store(1)
	fmt.Println(u.Add(4294967295), u.Load())
	var i32 atomic.Int32
	fmt.Println(i32.Add(2147483647), i32.Add(1))
}
