// A read-mostly cache guarded by sync.RWMutex: readers share the lock, the writer waits for them.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func (c *Cache) Get(key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[key]
	return v, ok
}

func (c *Cache) Set(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = value
}

func main() {
	c := &Cache{data: map[string]string{"go": "gopher"}}
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for _, k := range []string{"go", "rust"} {
				v, ok := c.Get(k)
				fmt.Printf("reader %d: %s -> %q %v\n", id, k, v, ok)
				time.Sleep(20 * time.Millisecond)
			}
		}(i)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(10 * time.Millisecond)
		c.Set("rust", "ferris")
		fmt.Println("writer: set rust")
	}()
	wg.Wait()
}
