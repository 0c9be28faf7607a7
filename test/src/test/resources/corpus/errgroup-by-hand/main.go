// An errgroup by hand: run tasks concurrently, wait for all, keep the first error (sync.Once).
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func fetch(url string, d time.Duration, fail bool) func() error {
	return func() error {
		time.Sleep(d)
		if fail {
			return fmt.Errorf("fetch %s: %w", url, errors.New("connection refused"))
		}
		fmt.Println("fetched", url)
		return nil
	}
}

func main() {
	var g Group
	g.Go(fetch("golang.org", 10*time.Millisecond, false))
	g.Go(fetch("example.com", 20*time.Millisecond, true))
	g.Go(fetch("go.dev", 30*time.Millisecond, false))
	g.Go(fetch("bad.invalid", 40*time.Millisecond, true))
	if err := g.Wait(); err != nil {
		fmt.Println("first error:", err)
	}
}
