// Array lengths from constant expressions: N*2, len of a constant string, iota, in types declared anywhere.
package main

import "fmt"

const (
	Workers = 3
	Slots   = Workers * 2
	Name    = "gorolab"
	Mask    = 1<<4 - 1
)

const (
	A = iota * 10
	B
	C
)

type Grid [Workers][Slots / 2]int

func main() {
	var buf [len(Name)]byte
	var counts [Slots + 1]int
	var bits [Mask &^ 3]bool
	var tens [C]string
	var g Grid
	copyTo := [2 * Workers]string{}
	fmt.Println(len(buf), len(counts), len(bits), len(tens), len(g), len(g[0]), len(copyTo), A, B, C)
	fmt.Printf("%T %T %v\n", counts, g, g)
}
