package main

func main() {
}

/* the end
