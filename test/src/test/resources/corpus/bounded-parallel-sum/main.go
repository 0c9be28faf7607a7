// Summing a large slice in chunks: one goroutine per chunk, partial sums collected on a channel.
package main

import "fmt"

func sum(part []int, out chan<- int) {
	total := 0
	for _, v := range part {
		total += v
	}
	out <- total
}

func main() {
	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i + 1
	}
	const chunks = 4
	size := len(nums) / chunks
	out := make(chan int, chunks)
	for c := 0; c < chunks; c++ {
		go sum(nums[c*size:(c+1)*size], out)
	}
	total := 0
	for c := 0; c < chunks; c++ {
		partial := <-out
		fmt.Println("partial sum", partial)
		total += partial
	}
	fmt.Println("total", total)
}
