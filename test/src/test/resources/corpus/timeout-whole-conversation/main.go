// One timer for the whole conversation: time.After outside the loop bounds all messages together.
package main

import (
	"fmt"
	"time"
)

func talk(msg string, c chan<- string) {
	for i := 0; ; i++ {
		c <- fmt.Sprintf("%s %d", msg, i)
		time.Sleep(50 * time.Millisecond)
	}
}

func main() {
	c := make(chan string)
	go talk("Ann", c)

	timeout := time.After(125 * time.Millisecond)
	for {
		select {
		case s := <-c:
			fmt.Println(s)
		case <-timeout:
			fmt.Println("You talk too much.")
			return
		}
	}
}
