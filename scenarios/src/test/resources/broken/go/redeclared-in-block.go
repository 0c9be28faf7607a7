package main

import "fmt"

func worker(done chan bool) {
	fmt.Println("working")
	done <- true
}

func main() {
	done := make(chan bool)
	go worker(done)
	var done = make(chan bool)
	fmt.Println(<-done)
}
