package main

import (
	"fmt"
	"time"
)

func main() {

	fmt.Println("at the begin of main")
	go short()
	go slow()
	start := time.Now()
	time.Sleep(5 * time.Second)
	fmt.Println("at the end of main after",time.Since(start).Seconds(),"s")
	fmt.Printf("%2.2fs\n", time.Since(start).Seconds())
}
func slow() {
	fmt.Println("begin slow")
	time.Sleep(3 * time.Second)
	fmt.Println("end slow")
}

func short() {
	fmt.Println("begin short")
	time.Sleep(2 * time.Second)
	fmt.Println("end short")
}

// GoroLab: seed program 1 of the course notes, copied unchanged;
// this note sits at the end so that line numbers match the course text.
