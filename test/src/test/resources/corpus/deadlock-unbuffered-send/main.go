// Sending on an unbuffered channel in main with no receiver yet: main blocks forever.
package main

import "fmt"

func main() {
	ch := make(chan string)
	ch <- "hello" // no receiver is running yet
	go func() {
		fmt.Println(<-ch)
	}()
}
