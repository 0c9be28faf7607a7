package main

import "fmt"

func main() {
	if true {
		fmt.Println(1)
	}
	else {
		fmt.Println(2)
	}
}
