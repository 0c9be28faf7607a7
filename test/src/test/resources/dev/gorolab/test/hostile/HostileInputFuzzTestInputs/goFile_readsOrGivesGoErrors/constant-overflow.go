package main

import "fmt"

func main() {
	x := 9223372036854775807 + 1
	y := 1 << 64
	fmt.Println(x, y)
}
