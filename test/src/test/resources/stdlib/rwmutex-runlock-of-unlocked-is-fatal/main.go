// RUnlock without a reader is a fatal error (not a panic): deferred calls do not run.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	defer fmt.Println("never printed")
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
}
