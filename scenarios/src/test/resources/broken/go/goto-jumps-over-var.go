package main

import "fmt"

func main() {
	goto report
	var total, count int
	total = 10
	count = 2
report:
	fmt.Println(total / count)
}
