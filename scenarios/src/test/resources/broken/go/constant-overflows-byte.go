package main

import "fmt"

func main() {
	var level byte = 300
	fmt.Println(level)
}
