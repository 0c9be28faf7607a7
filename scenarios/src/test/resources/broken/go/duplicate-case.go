package main

import "fmt"

func main() {
	state := 2
	switch state {
	case 1:
		fmt.Println("starting")
	case 2:
		fmt.Println("running")
	case 1:
		fmt.Println("stopped")
	}
}
