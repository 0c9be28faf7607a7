package main

func main() {
	ch := make(chan int)
	select {
	ch <- 1
	}
}
