// Gosched puts main on the global run queue (R5.1): runnext and the whole local run queue run
// before main comes back, so the output is "g3 g1 g2 main".
package main

import (
	"fmt"
	"runtime"
)

func main() {
	for i := 1; i <= 3; i++ {
		go func(i int) {
			fmt.Printf("g%d ", i)
		}(i)
	}
	runtime.Gosched()
	fmt.Println("main")
}
