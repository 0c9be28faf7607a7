// runtime.Goexit ends main without ending the program; when the last other goroutine has
// finished, no goroutine is left at all (R11.2).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		fmt.Println("helper runs and returns")
	}()
	fmt.Println("main calls runtime.Goexit")
	runtime.Goexit()
	fmt.Println("never printed")
}
