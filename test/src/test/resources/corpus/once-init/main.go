// sync.Once: many goroutines ask for the configuration, it is loaded exactly once.
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Addr    string
	Workers int
}

var (
	once   sync.Once
	config *Config
)

func loadConfig() {
	fmt.Println("loading config")
	config = &Config{Addr: "localhost:8080", Workers: 4}
}

func getConfig() *Config {
	once.Do(loadConfig)
	return config
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			c := getConfig()
			fmt.Printf("goroutine %d sees %+v\n", id, *c)
		}(i)
	}
	wg.Wait()
}
