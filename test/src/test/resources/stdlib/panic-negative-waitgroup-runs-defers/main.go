// A negative WaitGroup counter is an ordinary panic from sync: deferred calls run (R14.2).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	defer fmt.Println("deferred")
	wg.Add(1)
	wg.Done()
	defer wg.Done()
	fmt.Println("returning")
}
