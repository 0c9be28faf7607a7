// Methods called by library code may panic and recover: fmt's String, sort's Less, errors' Unwrap.
package main

import (
	"errors"
	"fmt"
	"sort"
)

// Careful recovers inside its own String method.
type Careful struct{ parts []string }

func (c Careful) String() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("careful: ", r)
		}
	}()
	return c.parts[2]
}

// Picky panics in Less when it meets a negative number.
type Picky []int

func (p Picky) Len() int      { return len(p) }
func (p Picky) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p Picky) Less(i, j int) bool {
	defer fmt.Println("  less deferred", p[i], p[j])
	if p[i] < 0 || p[j] < 0 {
		panic(fmt.Sprintf("negative: %d", p[i]+p[j]))
	}
	return p[i] < p[j]
}

type Loop struct{ depth int }

func (l Loop) Error() string { return fmt.Sprintf("loop %d", l.depth) }
func (l Loop) Unwrap() error {
	if l.depth == 0 {
		return nil
	}
	return Loop{l.depth - 1}
}

func sortSafely(p Picky) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sort failed: %v", r)
		}
	}()
	sort.Sort(p)
	return nil
}

func main() {
	fmt.Println(Careful{[]string{"a", "b", "c"}}, Careful{[]string{"a"}})
	fmt.Println(sortSafely(Picky{3, 1, 2}))
	fmt.Println(sortSafely(Picky{3, -1, 2}))
	fmt.Println(errors.Is(Loop{3}, Loop{0}), errors.Is(Loop{3}, Loop{5}))
	fmt.Printf("[%10v] [%-10s]\n", Loop{1}, Careful{[]string{"x", "y", "zz"}})
}
