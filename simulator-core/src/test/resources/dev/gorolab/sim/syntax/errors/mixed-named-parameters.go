package main

func f(a int, string) {
}

func main() {
	f(1, "")
}
