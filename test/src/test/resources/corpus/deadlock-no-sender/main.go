// The first deadlock students meet: main receives on a channel nobody will ever send on.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting for a value...")
	v := <-ch
	fmt.Println("got", v)
}
