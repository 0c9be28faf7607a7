// sort.Sort, sort.Stable and sort.IsSorted call a user type's Len, Less and Swap as Go's pdqsort does.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

// ByAge implements sort.Interface on a slice.
type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

// Counting wraps a slice with pointer methods and counts the calls.
type Counting struct {
	xs    []int
	less  int
	swaps int
}

func (c *Counting) Len() int           { return len(c.xs) }
func (c *Counting) Less(i, j int) bool { c.less++; return c.xs[i] < c.xs[j] }
func (c *Counting) Swap(i, j int)      { c.swaps++; c.xs[i], c.xs[j] = c.xs[j], c.xs[i] }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}, {"Frank", 20},
		{"Grace", 25}, {"Heidi", 30}, {"Ivan", 35}, {"Judy", 20}, {"Ken", 25}, {"Leo", 30}, {"Mia", 20}, {"Ned", 35}}
	fmt.Println(sort.IsSorted(ByAge(people)))
	unstable := append([]Person(nil), people...)
	sort.Sort(ByAge(unstable))
	fmt.Println(unstable)
	fmt.Println(sort.IsSorted(ByAge(unstable)))
	stable := append([]Person(nil), people...)
	sort.Stable(ByAge(stable))
	fmt.Println(stable)
	sort.Sort(sort.Reverse(ByAge(stable)))
	fmt.Println(stable)

	c := &Counting{xs: []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 15, 12, 11, 14, 13, 10, 19, 17, 18, 16}}
	sort.Sort(c)
	fmt.Println(c.xs, c.less, c.swaps)
	var data sort.Interface = c
	c.xs = []int{3, 1, 2}
	sort.Stable(data)
	sorted := sort.IsSorted(data)
	fmt.Println(c.xs, c.less, c.swaps, sorted)
}
