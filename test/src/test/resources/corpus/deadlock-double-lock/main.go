// Locking a mutex twice in the same goroutine: sync.Mutex is not reentrant.
package main

import (
	"fmt"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	items int
}

func (inv *Inventory) Add(n int) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.items += n
	inv.report() // takes the lock again
}

func (inv *Inventory) report() {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	fmt.Println("items:", inv.items)
}

func main() {
	inv := &Inventory{}
	inv.Add(3)
}
