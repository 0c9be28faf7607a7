// Ranging over a channel that the producer forgets to close: the loop never ends, Go reports a deadlock.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		// missing: close(ch)
	}()
	for v := range ch {
		fmt.Println(v)
	}
}
