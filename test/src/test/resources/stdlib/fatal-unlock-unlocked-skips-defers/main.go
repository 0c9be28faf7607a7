// Unlocking an unlocked mutex is a fatal error, not a panic: deferred calls do not run (R14.4).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer fmt.Println("deferred, never printed")
	mu.Lock()
	mu.Unlock()
	mu.Unlock()
}
