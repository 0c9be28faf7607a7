package main

func main() {
	ch := make(chan int, 16)
	for i := 0; i < 1000; i++ {
		go worker(i, ch)
	}
	for i := 0; i < 1000; i++ {
		<-ch
	}
}

func worker(id int, ch chan int) {
	ch <- id
}
