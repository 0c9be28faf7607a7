package main

func main() {
	var y int
	y = := 3
	_ = y
}
