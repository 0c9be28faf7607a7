package main

import "fmt"

func main() {
	n := 3
	if n%2 == 0 {
		fmt.Println("even")
	}
	else {
		fmt.Println("odd")
	}
}
