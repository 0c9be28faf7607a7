// Two producers, one select: main takes six values from whichever channel is ready.
package main

import "fmt"

func produce(name string, ch chan string) {
	for i := 0; i < 3; i++ {
		ch <- fmt.Sprint(name, i)
	}
}

func main() {
	a := make(chan string)
	b := make(chan string)
	go produce("a", a)
	go produce("b", b)
	for i := 0; i < 6; i++ {
		select {
		case v := <-a:
			fmt.Println(v)
		case v := <-b:
			fmt.Println(v)
		}
	}
}
