// Workers return a result struct that carries either a value or an error.
package main

import (
	"fmt"
	"strconv"
)

type Result struct {
	Input string
	Value int
	Err   error
}

func parseAll(inputs []string) <-chan Result {
	out := make(chan Result)
	go func() {
		defer close(out)
		for _, in := range inputs {
			n, err := strconv.Atoi(in)
			out <- Result{Input: in, Value: n, Err: err}
		}
	}()
	return out
}

func main() {
	sum := 0
	for r := range parseAll([]string{"1", "2", "x", "40"}) {
		if r.Err != nil {
			fmt.Println("error:", r.Err)
			continue
		}
		sum += r.Value
	}
	fmt.Println("sum:", sum)
}
