package main

import "fmt"

func main() {
	done := false
	go func() {
		fmt.Println("working")
		close(done)
	}()
}
