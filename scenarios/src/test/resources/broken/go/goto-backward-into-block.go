package main

import "fmt"

func main() {
	tries := 0
	switch {
	case tries < 3:
	again:
		tries++
	}
	if tries < 3 {
		goto again
	}
	fmt.Println(tries)
}
