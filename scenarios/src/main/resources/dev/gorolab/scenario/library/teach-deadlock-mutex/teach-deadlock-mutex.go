// A Mutex is not reentrant: locking it twice in the same goroutine blocks forever. In Go 1.19
// the wait reason is "semacquire" (R11.4).
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex

func main() {
	mu.Lock()
	fmt.Println("locked once, locking again")
	mu.Lock()
	fmt.Println("never printed")
}
