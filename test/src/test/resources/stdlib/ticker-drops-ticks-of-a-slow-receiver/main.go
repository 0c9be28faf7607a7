// A ticker's channel holds one tick; sendTime never blocks, so ticks a slow receiver misses are
// dropped, and a late tick is followed by the next one on the ticker's own schedule.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	defer tk.Stop()
	start := time.Now()
	time.Sleep(35 * time.Millisecond)
	fmt.Println("buffered ticks after 35ms:", len(tk.C))
	<-tk.C
	<-tk.C
	fmt.Println("second receive at about", time.Since(start)/(10*time.Millisecond), "x 10ms")
	tk.Reset(20 * time.Millisecond)
	<-tk.C
	fmt.Println("after Reset(20ms), 20ms later:", time.Since(start) >= 60*time.Millisecond)
}
