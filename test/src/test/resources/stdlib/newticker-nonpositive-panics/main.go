// NewTicker with a non-positive interval panics; deferred calls run first.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("deferred")
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)
	time.NewTicker(0)
}
