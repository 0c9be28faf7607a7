package main

import (
	"fmt"
	"strconv"
	"time"
)

func main() {
	cs := make(chan string)
	go makeCakeAndSend(cs, 5)
	go receiveCakeAndPack(cs)
	time.Sleep(2 * time.Second)
}

func makeCakeAndSend(ch chan string, count int) {
	for i := 1; i <= count; i++ {
		cakeName := "alishi-cake-" + strconv.Itoa(i)
		fmt.Println("make a cake and sending...", cakeName)
		ch <- cakeName
	}
}

func receiveCakeAndPack(ch chan string) {
	/*for i := 1; i <= 3; i++ {
		cs := <-ch
		fmt.Println("packing received cake", cs)
	}*/
	/*	for range ch {
			cs := <-ch
			fmt.Println("packing received cake", cs)
		}*/

	for s := range ch {
		fmt.Println("packing received cake", s)
	}
}

// GoroLab: seed program 4 of the course notes, copied unchanged;
// this note sits at the end so that line numbers match the course text.
