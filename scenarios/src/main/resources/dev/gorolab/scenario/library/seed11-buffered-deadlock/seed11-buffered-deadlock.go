package main
import "fmt"
func main() {
    ch := make(chan int) // 正文："将buff值修改为0，1都会 deadlock"
    ch <- 1
    ch <- 2

    fmt.Println(<- ch)
    fmt.Println(<- ch)
}

// GoroLab: variant of seed program 10 described in the course text ("将buff值修改为0，1都会"
// deadlock): the buffer size is 0. Only that line differs; line numbers match the course text.
