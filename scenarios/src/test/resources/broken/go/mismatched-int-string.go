package main

import "fmt"

func main() {
	id := 7
	name := "worker-" + id
	fmt.Println(name)
}
