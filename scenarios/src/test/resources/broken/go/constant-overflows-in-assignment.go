package main

import "fmt"

// Untyped constants take their default type in := and var without a type, and must fit it.
func main() {
	x := 9223372036854775807 + 1
	var y = 1 << 64
	var c int = 1e30
	var d int8 = 300.0
	f := 1e400
	fmt.Println(x, y, c, d, f)
}
