// Setting a closed channel to nil disables its case in select, so the merge loop ends cleanly.
package main

import "fmt"

func produce(prefix string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 1; i <= n; i++ {
			c <- fmt.Sprint(prefix, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a := produce("a", 2)
	b := produce("b", 3)
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				fmt.Println("a closed")
				a = nil
				continue
			}
			fmt.Println(v)
		case v, ok := <-b:
			if !ok {
				fmt.Println("b closed")
				b = nil
				continue
			}
			fmt.Println(v)
		}
	}
	fmt.Println("both done")
}
