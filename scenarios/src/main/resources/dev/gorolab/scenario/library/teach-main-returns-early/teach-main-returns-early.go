// When main returns, the program ends at once; goroutines that have not run yet never do
// (R12.1). With GOMAXPROCS=1 only "main returns" is printed.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		go func(i int) {
			fmt.Println("goroutine", i)
		}(i)
	}
	fmt.Println("main returns")
}
