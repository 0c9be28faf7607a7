// A constant too large for int, assigned with := and =.
package main

import "fmt"

func main() {
	x := 9223372036854775807 + 1
	var y int
	y = 1 << 64
	z := 'a' * 1e20
	fmt.Println(x, y, z)
}
