package main

import "fmt"

func fetch() string {
	return "data"
}

func main() {
	data, err := fetch()
	fmt.Println(data, err)
}
