// The worker returns without signalling, so main waits on done forever: "chan receive".
package main

import "fmt"

func worker(done chan bool) {
	fmt.Println("worker finished, but forgot to send on done")
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	fmt.Println("never printed")
}
