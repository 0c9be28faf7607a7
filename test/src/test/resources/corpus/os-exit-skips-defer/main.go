// os.Exit ends the program at once: deferred calls do not run and other goroutines stop.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	defer fmt.Println("deferred: never printed")
	go func() {
		for i := 1; ; i++ {
			fmt.Println("tick", i)
			time.Sleep(100 * time.Millisecond)
		}
	}()
	time.Sleep(250 * time.Millisecond)
	fmt.Println("exiting with status 3")
	os.Exit(3)
}
