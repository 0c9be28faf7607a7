// Calling Done more often than Add panics (R14.2).
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func main() {
	wg.Add(1)
	wg.Done()
	fmt.Println("counter is 0, calling Done once more")
	wg.Done()
	fmt.Println("never printed")
}
