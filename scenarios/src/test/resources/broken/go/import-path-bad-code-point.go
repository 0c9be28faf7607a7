package main

import "f\U00110000"

func main() {
}
