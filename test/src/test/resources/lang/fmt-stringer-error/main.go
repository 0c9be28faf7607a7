// fmt calls a value's Error() or String() method: pointer and value receivers, fields, slices, maps.
package main

import (
	"errors"
	"fmt"
	"time"
)

// State is an enum with a String method, as lecture programs print goroutine states.
type State int

const (
	Idle State = iota
	Running
	Done
)

func (s State) String() string {
	switch s {
	case Idle:
		return "idle"
	case Running:
		return "running"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// Counter has String on the pointer only: a Counter value prints as a struct.
type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprintf("Counter(%d)", c.n) }

type TimeoutError struct {
	Op    string
	After time.Duration
}

func (e *TimeoutError) Error() string { return e.Op + ": timed out after " + e.After.String() }

// Both has both methods: Error wins, as in fmt's type switch.
type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

// Job embeds Point: Point's String is promoted and prints the whole Job.
type Job struct {
	Point
	ID int
}

type Report struct {
	Name   string
	State  State
	state  State
	Err    error
	Where  *Point
	Wait   time.Duration
	wait   time.Duration
	Counts map[string]State
}

type Bad struct{}

func (Bad) String() string { panic("boom") }

type Safe struct{ p *Point }

func (s *Safe) String() string { return "safe" }

func work(fail bool) error {
	if fail {
		return &TimeoutError{Op: "fetch", After: 50 * time.Millisecond}
	}
	return nil
}

func main() {
	fmt.Println(Idle, Running, Done, State(7))
	fmt.Printf("%v %s %d %q %x %5v|%-8s|\n", Running, Running, Running, Running, Running, Idle, Idle)
	p := Point{1, 2}
	fmt.Println(p, &p, []Point{{3, 4}, {5, 6}})
	fmt.Printf("%v %+v %s\n", p, p, p)
	c := Counter{3}
	fmt.Println(c, &c)
	fmt.Printf("%v %v %T\n", c, &c, &c)
	err := work(true)
	fmt.Println("error:", err)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	if err := work(false); err == nil {
		fmt.Println("no error")
	}
	fmt.Println(Both{})
	fmt.Println(Job{Point{7, 8}, 9})
	r := Report{Name: "w1", State: Running, state: Running, Err: errors.New("x"), Where: &p,
		Wait: time.Second, wait: time.Second, Counts: map[string]State{"a": Idle, "b": Done}}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(map[State]int{Idle: 1, Running: 2})
	fmt.Println(fmt.Sprint(Running, Idle), fmt.Sprintln(p, c))
	s := fmt.Sprintf("%v", []*Counter{&c})
	fmt.Println(s)
	fmt.Println(Bad{})
	var np *Counter
	fmt.Println(np)
	var sp *Safe
	fmt.Println(sp)
	wrapped := fmt.Errorf("job 3: %w", err)
	fmt.Println(wrapped)
	var target *TimeoutError
	fmt.Println(errors.As(wrapped, &target), target.Op, target)
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		panic(&TimeoutError{Op: "save", After: time.Second})
	}()
	var e error = &TimeoutError{Op: "last", After: 2 * time.Second}
	panic(e)
}
