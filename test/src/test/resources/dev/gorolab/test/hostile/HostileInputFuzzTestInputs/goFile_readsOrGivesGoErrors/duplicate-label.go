package main

func main() {
L:
	for {
	L:
		for {
			break L
		}
		break L
	}
}
