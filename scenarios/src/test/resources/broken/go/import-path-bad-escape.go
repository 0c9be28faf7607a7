package main

import "f\68y"

func main() {
}
