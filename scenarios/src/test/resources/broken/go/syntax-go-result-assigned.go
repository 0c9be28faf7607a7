package main

import "fmt"

func square(n int) int {
	return n * n
}

func main() {
	x := go square(4)
	fmt.Println(x)
}
