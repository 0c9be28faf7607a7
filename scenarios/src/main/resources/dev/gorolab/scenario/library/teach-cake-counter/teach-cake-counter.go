// The seed's cake counter: makers increment the package variable i without a lock. With
// GOMAXPROCS=1 nothing interrupts i++ (a maker only stops at the channel send), so the cakes
// are numbered 1, 2, 3 and the output is the same on every run.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

var i int
var wg sync.WaitGroup

func makeCakeAndSend(ch chan string) {
	i++
	cakeName := "alishi-cake-" + strconv.Itoa(i)
	fmt.Println("make a cake and sending...", cakeName)
	ch <- cakeName
}

func receiveCakeAndPack(ch chan string) {
	cs := <-ch
	fmt.Println("packing received cake", cs)
	wg.Done()
}

func main() {
	cs := make(chan string)
	for k := 0; k < 3; k++ {
		wg.Add(1)
		go makeCakeAndSend(cs)
		go receiveCakeAndPack(cs)
	}
	wg.Wait()
	fmt.Println("cakes made:", i)
}
