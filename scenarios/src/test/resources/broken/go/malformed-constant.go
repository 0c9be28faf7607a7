package main

import "fmt"

func main() {
	fmt.Println(1e99999999999 > 1, 1e400/1e300)
}
