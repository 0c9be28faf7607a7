package main

func main() {
	if x := 3 {
	}
}
