// A generator that stops when told to: main says quit after taking what it needs.
package main

import "fmt"

func boring(msg string, quit chan bool) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; ; i++ {
			select {
			case c <- fmt.Sprintf("%s %d", msg, i):
				// sent one more
			case <-quit:
				fmt.Println("boring: cleaning up")
				quit <- true
				return
			}
		}
	}()
	return c
}

func main() {
	quit := make(chan bool)
	c := boring("Joe", quit)
	for i := 0; i < 4; i++ {
		fmt.Println(<-c)
	}
	quit <- true
	<-quit
	fmt.Println("main: Joe has stopped")
}
