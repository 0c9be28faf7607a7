// main calls runtime.Goexit: its deferred call runs, the others finish, then no goroutine is left
// and Go reports a deadlock (R11.2).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Millisecond)
		fmt.Println("sleeper done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
