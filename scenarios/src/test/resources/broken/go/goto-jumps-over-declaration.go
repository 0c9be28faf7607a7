package main

import "fmt"

func main() {
	attempts := 0
	if attempts == 0 {
		goto cleanup
	}
	result := attempts * 2
	fmt.Println(result)
cleanup:
	fmt.Println("cleanup")
}
