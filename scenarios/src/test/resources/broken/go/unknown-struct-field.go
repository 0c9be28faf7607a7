package main

import "fmt"

type Job struct {
	ID   int
	Name string
}

func main() {
	jobs := make(chan Job, 1)
	jobs <- Job{ID: 1, Title: "build"}
	fmt.Println(<-jobs)
}
