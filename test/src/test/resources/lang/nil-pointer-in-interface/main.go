// A nil *T stored in an interface is not a nil interface: the classic err != nil trap.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

type Shape interface{ Area() int }

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

// mayFail returns a typed nil: the caller's err != nil is true.
func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

// fixed returns a plain nil when nothing failed.
func fixed(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil, err)
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(fixed(false) == nil, fixed(true))
	var e *MyErr
	var i interface{} = e
	fmt.Println(e == nil, i == nil, i)
	switch v := i.(type) {
	case nil:
		fmt.Println("nil interface")
	case *MyErr:
		fmt.Println("a *MyErr that is nil:", v == nil)
	}
	var target *MyErr
	fmt.Println(errors.As(err, &target), target == nil)
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Sum())
	var empty *Node
	fmt.Println(empty.Sum())
	defer fmt.Println("deferred before the panic report")
	for _, s := range shapes() {
		fmt.Println(s != nil, s.Area())
	}
}

// shapes holds a nil *Square: calling its value method Area panics in Go's wrapper.
func shapes() []Shape {
	var sq *Square
	return []Shape{Square{2}, sq}
}
