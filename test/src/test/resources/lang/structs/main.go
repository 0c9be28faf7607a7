// Structs: declarations, literals, fields, embedding, comparison, value semantics, printing.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Point
	Name string
	Tags []string
	Next *Named
}

type Celsius float64

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	var z Point
	fmt.Println(z)
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q)
	fmt.Printf("%v %+v %T\n", p, q, p)
	p.X = 10
	r := p
	r.Y = 99
	fmt.Println(p, r)
	fmt.Println(move(p, 5), p)
	fmt.Println(p == Point{10, 2}, p == r, p != r)

	n := Named{Point: Point{3, 4}, Name: "a"}
	fmt.Println(n.X, n.Point.Y, n.Name)
	n.X = 7
	fmt.Printf("%v\n%+v\n", n, n)
	pts := []Point{{1, 1}, {2, 2}}
	pts[1].X = 20
	for _, pt := range pts {
		pt.Y = 100
	}
	fmt.Println(pts, len(pts))
	m := map[string]Point{"a": {1, 2}}
	fmt.Println(m["a"].X, m)
	var c Celsius = 36.6
	fmt.Printf("%v %T\n", c, c)
	type local struct{ ok bool }
	fmt.Printf("%v %T\n", local{true}, local{})
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon, anon.B)
	done := make(chan struct{})
	go func() {
		done <- struct{}{}
	}()
	<-done
	fmt.Println("done")
}
