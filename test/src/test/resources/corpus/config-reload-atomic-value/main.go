// Hot config reload: readers Load an atomic.Value while a writer Stores new versions; a sync.Map counts hits.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Config struct {
	Version int
	Limit   int
}

func (c Config) String() string { return fmt.Sprintf("v%d(limit=%d)", c.Version, c.Limit) }

func main() {
	var current atomic.Value
	current.Store(Config{Version: 1, Limit: 10})
	var hits sync.Map
	var wg sync.WaitGroup
	for r := 1; r <= 3; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				cfg := current.Load().(Config)
				n, _ := hits.LoadOrStore(cfg.Version, new(int64))
				atomic.AddInt64(n.(*int64), 1)
				fmt.Printf("reader %d sees %v\n", r, cfg)
				time.Sleep(time.Duration(150+105*r) * time.Millisecond)
			}
		}(r)
	}
	go func() {
		time.Sleep(300 * time.Millisecond)
		old := current.Swap(Config{Version: 2, Limit: 20})
		fmt.Println("reloaded, was", old)
	}()
	wg.Wait()
	for v := 1; v <= 2; v++ {
		n, ok := hits.Load(v)
		if ok {
			fmt.Printf("version %d read %d times\n", v, atomic.LoadInt64(n.(*int64)))
		}
	}
}
