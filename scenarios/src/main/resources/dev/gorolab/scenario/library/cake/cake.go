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
	for s := range ch {
		fmt.Println("packing received cake", s)
	}
}
