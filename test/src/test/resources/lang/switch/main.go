// switch with a tag, without one, with an init statement, fallthrough and break.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
		case 1, 2:
			fmt.Println("one or two", i)
			fallthrough
		case 3:
			fmt.Println("three (or fell through)", i)
		default:
			fmt.Println("other", i)
			if i == 5 {
				break
			}
			fmt.Println("not five")
		}
	}
	fmt.Println(grade(95), grade(85), grade(10))
	switch s := "go"; s + "!" {
	case "go!":
		fmt.Println("matched", s)
	}
	var b byte = 200
	switch b + 100 {
	case 44:
		fmt.Println("wrapped to 44")
	}
loop:
	for n := 0; ; n++ {
		switch {
		case n > 2:
			break loop
		}
		fmt.Println("n", n)
	}
}
