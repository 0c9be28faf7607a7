package main

import (
	"fmt"
	"strconv"
	"time"
)

func main() {
	cs := make(chan string)
	for i := 0; i < 3; i++ {
		go makeCakeAndSend(cs)
		go receiveCakeAndPack(cs)
		time.Sleep(1 * time.Second)
	}

}

var i int

func makeCakeAndSend(ch chan string) {
	i++
	cakeName := "alishi-cake-" + strconv.Itoa(i)
	fmt.Println("make a cake and sending...", cakeName)
	ch <- cakeName
}

func receiveCakeAndPack(ch chan string) {
	cs := <-ch
	fmt.Println("packing received cake", cs)
}

// GoroLab: seed program 2 of the course notes, copied unchanged;
// this note sits at the end so that line numbers match the course text.
