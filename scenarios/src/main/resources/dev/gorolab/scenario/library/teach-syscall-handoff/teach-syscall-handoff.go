// A goroutine in a blocking system call keeps its thread (M) but loses its processor (P) to the
// next goroutine (R10.1, R10.2). With GOMAXPROCS=1, four 100 ms syscalls overlap and take about
// 100 ms in total, on five threads.
package main

import (
	"fmt"
	"sync"
	"syscall"
	"time"
)

var wg sync.WaitGroup

func blockingCall(id int) {
	fmt.Println("g", id, "enters a 100 ms syscall")
	//gorolab:syscall 100ms
	syscall.Nanosleep(&syscall.Timespec{Sec: 0, Nsec: 100 * 1000 * 1000}, nil)
	wg.Done()
}

func main() {
	start := time.Now()
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go blockingCall(i)
	}
	wg.Wait()
	if time.Since(start) < 300*time.Millisecond {
		fmt.Println("all 4 syscalls done in well under 400 ms: they overlapped")
	} else {
		fmt.Println("the syscalls ran one after another")
	}
}
