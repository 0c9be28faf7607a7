package main

import "fmt"

func main() {
	counter := make(int)
	fmt.Println(counter)
}
