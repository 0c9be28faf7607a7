package main

import "fmt"

func main() {
	pending := 3
	for pending {
		pending--
	}
	fmt.Println("done")
}
