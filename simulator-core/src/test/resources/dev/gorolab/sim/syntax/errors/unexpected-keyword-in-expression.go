package main

func main() {
	x := for
}
