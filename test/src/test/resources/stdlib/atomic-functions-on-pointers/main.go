// sync/atomic's functions on pointers: Add, Load, Store, Swap, CompareAndSwap, with wrap-around.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 100; c++ {
				atomic.AddInt64(&ops, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops))

	var small int32 = 2147483647
	fmt.Println(atomic.AddInt32(&small, 1), small)
	var u uint32
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)), u)
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 2), flag)
	atomic.StoreInt32(&flag, 7)
	fmt.Println(atomic.SwapInt32(&flag, 9), atomic.LoadInt32(&flag))
	var big uint64 = 1 << 63
	fmt.Println(atomic.AddUint64(&big, 1<<63), big)
	fmt.Printf("%T\n", atomic.LoadInt64(&ops))
}
