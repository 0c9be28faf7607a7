package main

import "fmt"

func main() {
	done := make(chan bool, 1)
	done <- true
	<-done
	return
	fmt.Println("finished")
}
