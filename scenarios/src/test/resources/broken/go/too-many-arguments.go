package main

import "fmt"

func worker(id int, jobs <-chan int) {
	for j := range jobs {
		fmt.Println(id, j)
	}
}

func main() {
	jobs := make(chan int)
	done := make(chan bool)
	go worker(1, jobs, done)
	close(jobs)
}
