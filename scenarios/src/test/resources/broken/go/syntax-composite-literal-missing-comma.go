package main

import "fmt"

func main() {
	jobs := []int{
		1,
		2,
		3
	}
	fmt.Println(jobs)
}
