package main

import (
	"fmt"
	"strconv"
	"time"
)

func main() {
	ch := make(chan string)
	go makeStrawCakeAndSend(ch,2)
	go makeChocoCakeAndSend(ch,2)

	go receiveCakeAndPack(ch)

	time.Sleep(3*time.Second)
}

func makeStrawCakeAndSend(ch chan string, count int) {
	cakeName := ""
	for i := 1; i <= count; i++ {
		cakeName = "strawCake-"+strconv.Itoa(i)
		fmt.Println("make strawberry cake and sending...", cakeName)
		ch <- cakeName
	}
}

func makeChocoCakeAndSend(ch chan string, count int) {
	cakeName := ""
	for i := 1; i <= count; i++ {
		cakeName = "chocoCake-"+strconv.Itoa(i)
		fmt.Println("make chocolate cake and sending...", cakeName)
		ch <- cakeName
	}
}

func receiveCakeAndPack(ch chan string) {
	for s := range ch {
		fmt.Println("receiving cake and packing...", s)
	}
}

// GoroLab: seed program 5 of the course notes, copied unchanged;
// this note sits at the end so that line numbers match the course text.
