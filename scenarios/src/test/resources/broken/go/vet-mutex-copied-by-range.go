package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	counters := []Counter{{}, {}}
	for _, c := range counters {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
	}
	fmt.Println(counters[0].n)
}
