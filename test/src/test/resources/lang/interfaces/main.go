// Interfaces: method sets, dynamic dispatch, any, type assertions and type switches.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Square struct{ S float64 }

func (s *Square) Area() float64 { return s.S * s.S }
func (s *Square) Name() string  { return "square" }

type Celsius float64

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{42}
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string, bool:
		return fmt.Sprintf("string or bool %v", x)
	case Celsius:
		return fmt.Sprintf("celsius %v", x)
	case Shape:
		return "shape " + x.Name()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println(total)

	var any1 any = 7
	n, ok := any1.(int)
	fmt.Println(n, ok)
	s, ok := any1.(string)
	fmt.Printf("%q %v\n", s, ok)

	for _, v := range []interface{}{nil, 1, "a", true, Celsius(3.5), Rect{1, 1}, 2.5} {
		fmt.Println(describe(v))
	}
	fmt.Println(describe(&Square{2}))

	err := find(false)
	if err != nil {
		fmt.Println("error:", err.Error())
	}
	if e, ok := err.(*MyErr); ok {
		fmt.Println(e.Code)
	}
	fmt.Println(find(true) == nil)

	var sh Shape = Rect{1, 2}
	r := sh.(Rect)
	fmt.Println(r.W)
	name := sh.Name
	fmt.Println(name())
	var i interface{} = "text"
	fmt.Println(i.(int))
}
