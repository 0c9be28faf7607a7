// A select with two cases that no other goroutine will ever make ready parks as "select" (R8.5).
package main

import "fmt"

func main() {
	quit := make(chan bool)
	data := make(chan int)
	fmt.Println("waiting for data or quit")
	select {
	case v := <-data:
		fmt.Println("data", v)
	case <-quit:
		fmt.Println("quit")
	}
}
