// Maps: make, literals, index, comma-ok, delete, len, range, fmt's sorted printing, nil maps.
package main

import "fmt"

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25}
	fmt.Println(ages, len(ages))
	ages["dave"] = 40
	ages["alice"]++
	ages["bob"] += 5
	fmt.Println(ages["alice"], ages["bob"], ages["nobody"])

	v, ok := ages["carol"]
	fmt.Println(v, ok)
	v, ok = ages["zed"]
	fmt.Println(v, ok)
	if _, found := ages["dave"]; found {
		fmt.Println("dave is here")
	}

	delete(ages, "carol")
	delete(ages, "nobody")
	fmt.Println(ages, len(ages))

	total := 0
	count := 0
	for name, age := range ages {
		total += age
		count += len(name)
	}
	fmt.Println("total", total, "letters", count)
	for k := range ages {
		if k == "bob" {
			delete(ages, k)
		}
	}
	fmt.Printf("%v %d %T\n", ages, len(ages), ages)

	squares := make(map[int]int)
	for i := 5; i >= 1; i-- {
		squares[i] = i * i
	}
	fmt.Println(squares)
	flags := map[bool]string{true: "yes", false: "no"}
	fmt.Println(flags, flags[true])
	prices := map[string]float64{"tea": 1.5, "cake": 3}
	fmt.Println(prices)

	counts := map[string]int{}
	for _, w := range []string{"go", "is", "go", "fun", "go"} {
		counts[w]++
	}
	fmt.Println(counts)

	var missing map[string]int
	fmt.Println(len(missing), missing["x"])
	for range missing {
		fmt.Println("never")
	}
	missing["x"] = 1
	fmt.Println("unreachable")
}
