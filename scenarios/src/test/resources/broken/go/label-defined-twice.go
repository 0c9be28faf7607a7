package main

import "fmt"

// A nested loop reuses the outer loop's label: labels share one scope per function.
func main() {
outer:
	for i := 0; i < 3; i++ {
	outer:
		for j := 0; j < 3; j++ {
			if j == i {
				continue outer
			}
			fmt.Println(i, j)
		}
	}
}
