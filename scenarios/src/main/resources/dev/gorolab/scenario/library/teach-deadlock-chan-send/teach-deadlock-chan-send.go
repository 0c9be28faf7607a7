// Main sends a result nobody will ever receive, while the worker waits for a job nobody will
// send: every goroutine is blocked, and Go reports the deadlock (R11.2) with each wait reason.
package main

import "fmt"

func worker(jobs chan int, results chan int) {
	fmt.Println("worker waits for a job")
	j := <-jobs
	results <- j * 2
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go worker(jobs, results)
	fmt.Println("main sends a result instead of a job")
	results <- 1
	fmt.Println("never printed")
}
