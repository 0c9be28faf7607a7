package main

import (
	"fmt"
	"strconv"
	"time"
)
func main() {
	cs := make(chan string)
	go makeCakeAndSend(cs)
	go receiveCakeAndPack(cs)
	time.Sleep(1 * time.Second)
}


func makeCakeAndSend(ch chan string) {
	for i := 1; i <= 3; i++ {
		cakeName := "alishi-cake-" + strconv.Itoa(i)
		fmt.Println("make a cake and sending...", cakeName)
		ch <- cakeName
	}
}

func receiveCakeAndPack(ch chan string) {
	for i := 1; i <= 3; i++ {
		cs := <-ch
		fmt.Println("packing received cake", cs)
	}

}

// GoroLab: seed program 3 of the course notes, copied unchanged;
// this note sits at the end so that line numbers match the course text.
