// %#v prints values in Go syntax; %T names types, a nil slice or map keeps its type in fmt.
package main

import (
	"errors"
	"fmt"
	"math/rand"
	"time"
)

type Point struct{ X, Y int }
type State int
type Name string

type Job struct {
	ID    int
	Tags  []string
	Attrs map[string]int
	At    *Point
	Err   error
	Any   interface{}
	Wait  time.Duration
	u     uint8
	ratio float64
	done  bool
	Next  *Job
}

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Printf("%T %T\n", r, r.Intn(10))
	p := Point{1, 2}
	fmt.Printf("%#v %#v %#v\n", p, &p, []Point{{3, 4}})
	fmt.Printf("%#v %#v %#v %#v %#v\n", State(2), Name("n"), "str", 42, uint16(300))
	var s []int
	var m map[string]int
	fmt.Printf("%#v %#v %#v\n", s, m, map[string]bool{"b": true, "a": false})
	fmt.Println(s, m, len(s), s == nil)
	fmt.Printf("%T %T %v %v %d\n", s, m, s, m, s)
	var np *Point
	fmt.Printf("%#v %#v %#v %T\n", np, [2]int{5, 6}, 1.5, np)
	j := Job{ID: 1, Tags: []string{"x"}, Wait: time.Second, u: 7, ratio: 0.25}
	fmt.Printf("%#v\n", j)
	fmt.Printf("%#v %#v\n", nil, struct{ A int }{3})
	fmt.Printf("%#v\n", errors.New("top level"))
}
