package main
import "fmt"
func main() {
    ch := make(chan int, 2)
    ch <- 1
    ch <- 2

    fmt.Println(<- ch)
    fmt.Println(<- ch)
}

// GoroLab: seed program 10 of the course notes, copied unchanged;
// this note sits at the end so that line numbers match the course text.
