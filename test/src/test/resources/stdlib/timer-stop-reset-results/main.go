// Timer.Stop and Reset report whether the timer was still pending (deltimer, modtimer).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println("Stop before firing:", t.Stop())
	fmt.Println("Stop again:", t.Stop())
	fmt.Println("Reset a stopped timer:", t.Reset(5*time.Millisecond))
	fmt.Println("Reset a pending timer:", t.Reset(2*time.Millisecond))
	<-t.C
	fmt.Println("fired")
	fmt.Println("Stop after firing:", t.Stop())
	fmt.Println("Reset after firing:", t.Reset(time.Millisecond))
	time.Sleep(3 * time.Millisecond)
	fmt.Println("value waiting in C:", len(t.C))
	fmt.Println("Stop with the value unread:", t.Stop())
	<-t.C
	fmt.Println("drained")
}
