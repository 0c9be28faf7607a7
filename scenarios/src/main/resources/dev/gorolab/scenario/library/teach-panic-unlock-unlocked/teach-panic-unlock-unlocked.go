// Unlocking a Mutex that is not locked is a fatal error that cannot be recovered (R14.4).
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex

func main() {
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once, unlocking again")
	mu.Unlock()
	fmt.Println("never printed")
}
