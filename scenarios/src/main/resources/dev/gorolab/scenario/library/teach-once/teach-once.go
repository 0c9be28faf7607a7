// sync.Once: three workers ask for the configuration; it is loaded once, the others wait for it.
package main

import (
	"fmt"
	"sync"
	"time"
)

var once sync.Once

func load() {
	fmt.Println("loading configuration")
	time.Sleep(5 * time.Millisecond)
	fmt.Println("loaded")
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(load)
			fmt.Println("worker", i, "has the configuration")
		}(i)
	}
	wg.Wait()
	once.Do(func() { fmt.Println("never printed") })
	fmt.Println("done")
}
