// Waiting receivers get the values first come, first served (R7.2), but each wake goes through
// runnext, so they run recv3=30 recv1=10 recv2=20 (R6.3).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var wg sync.WaitGroup

func receiver(id int, ch chan int) {
	v := <-ch
	fmt.Printf("recv%d=%d\n", id, v)
	wg.Done()
}

func main() {
	ch := make(chan int)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go receiver(i, ch)
		runtime.Gosched() // let recv(i) park on ch before recv(i+1) is created
	}
	ch <- 10
	ch <- 20
	ch <- 30
	fmt.Println("main sent 10 20 30")
	wg.Wait()
}
