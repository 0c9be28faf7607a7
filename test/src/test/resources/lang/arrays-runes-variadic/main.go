// Arrays (value semantics, bounds), range over a string by rune, variadic functions.
package main

import "fmt"

const size = 3

func sum(label string, xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(label, len(xs), xs == nil)
	return t
}

func main() {
	var a [size]int
	a[1] = 5
	b := a
	b[0] = 9
	fmt.Println(a, b, len(a), a == [3]int{0, 5, 0})
	c := [...]string{"x", "y"}
	for i, s := range c {
		fmt.Print(i, s, " ")
	}
	fmt.Println(len(c))
	grid := [2][2]int{{1, 2}, {3, 4}}
	grid[1][0] = 30
	fmt.Println(grid)
	p := &a
	p[2] = 7
	fmt.Println(a, *p)

	for i, r := range "héllo, 世界" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()

	fmt.Println(sum("none"), sum("three", 1, 2, 3))
	nums := []int{4, 5}
	fmt.Println(sum("spread", nums...))
	i := 3
	fmt.Println(a[i%3], b[i-1])
	fmt.Println(a[i])
}
