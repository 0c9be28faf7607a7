// time.Timer: a stopped timer never fires, a reset one fires later than first planned.
package main

import (
	"fmt"
	"time"
)

func main() {
	t1 := time.NewTimer(20 * time.Millisecond)
	<-t1.C
	fmt.Println("timer 1 fired")

	t2 := time.NewTimer(50 * time.Millisecond)
	go func() {
		<-t2.C
		fmt.Println("timer 2 fired")
	}()
	if t2.Stop() {
		fmt.Println("timer 2 stopped")
	}

	t3 := time.NewTimer(10 * time.Millisecond)
	t3.Reset(40 * time.Millisecond)
	select {
	case <-t3.C:
		fmt.Println("timer 3 fired")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("30ms passed, timer 3 still waiting")
	}
	<-t3.C
	fmt.Println("timer 3 fired after its reset")
	time.Sleep(60 * time.Millisecond)
}
