// sync.Map (Load, Store, LoadOrStore, LoadAndDelete, Delete, Range) and atomic.Value (Load, Store, Swap, CompareAndSwap).
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

type key string

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%d", i), i*i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load("k3")
	fmt.Println(v, ok)
	v, ok = m.Load("nope")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("k1", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("k9", 81)
	fmt.Println(actual, loaded)
	v, loaded = m.LoadAndDelete("k0")
	fmt.Println(v, loaded)
	m.Delete("k2")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	count := 0
	m.Range(func(k, v any) bool {
		count++
		return count < 2
	})
	fmt.Println(count)
	m.Store(key("typed"), 1)
	_, ok1 := m.Load("typed")
	_, ok2 := m.Load(key("typed"))
	fmt.Println(ok1, ok2)

	var cfg atomic.Value
	fmt.Println(cfg.Load())
	cfg.Store(Config{"a", 1})
	c := cfg.Load().(Config)
	fmt.Println(c.Name, c.Version)
	old := cfg.Swap(Config{"b", 2})
	fmt.Println(old, cfg.Load())
	fmt.Println(cfg.CompareAndSwap(Config{"b", 2}, Config{"c", 3}), cfg.CompareAndSwap(Config{"x", 0}, Config{"d", 4}), cfg.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	cfg.Store("not a config")
}
