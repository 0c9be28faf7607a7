package main

import "fmt"

func sum(nums []int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total, nil
}

func main() {
	fmt.Println(sum([]int{1, 2, 3}))
}
