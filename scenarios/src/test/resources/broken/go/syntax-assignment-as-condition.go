package main

import "fmt"

func main() {
	done := false
	if done = true {
		fmt.Println("done")
	}
}
