// main starts a goroutine and returns at once: does the goroutine get to print?
package main

import "fmt"

func main() {
	go fmt.Println("from the goroutine")
	fmt.Println("main done")
}
