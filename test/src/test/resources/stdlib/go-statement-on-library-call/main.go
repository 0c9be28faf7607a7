// `go fmt.Println(x)`: the arguments are evaluated at the go statement, the call runs in a new goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	x := 1
	go fmt.Println("from a goroutine:", x)
	x = 2
	go fmt.Printf("x was %d when the go statement ran\n", x)
	x = 3
	go time.Sleep(time.Second)
	fmt.Println("main first, x =", x)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main done")
}
