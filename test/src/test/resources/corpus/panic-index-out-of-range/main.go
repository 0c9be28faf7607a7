// An off-by-one in a worker: index out of range panics with the index and the length.
package main

import "fmt"

func main() {
	scores := []int{90, 85, 77}
	done := make(chan bool)
	go func() {
		for i := 0; i <= len(scores); i++ {
			fmt.Println("score", i, "=", scores[i])
		}
		done <- true
	}()
	<-done
}
