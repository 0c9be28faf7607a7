// Pointers and methods: &x, *p, new, pointer and value receivers, method values, embedding.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c Counter) Value() int {
	return c.n
}

// A value receiver gets a copy: the increment is lost.
func (c Counter) IncCopy() {
	c.n++
}

type Animal struct {
	Name string
}

func (a Animal) Speak() string {
	return a.Name + " speaks"
}

func (a *Animal) Rename(n string) {
	a.Name = n
}

type Dog struct {
	Animal
	Breed string
}

type SafeMap struct {
	sync.Mutex
	m map[string]int
}

func (s *SafeMap) Put(k string, v int) {
	s.Lock()
	defer s.Unlock()
	s.m[k] = v
}

type Node struct {
	Val  int
	Next *Node
}

func double(p *int) {
	*p *= 2
}

func main() {
	x := 21
	p := &x
	double(p)
	fmt.Println(x, *p, p == &x)

	c := Counter{}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	c.IncCopy()
	fmt.Println(c.Value(), c.n)

	pc := &Counter{}
	pc.Inc()
	inc := pc.Inc
	inc()
	inc()
	fmt.Println(pc.Value(), (*pc).n)

	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Speak(), d.Name)
	d.Rename("max")
	fmt.Println(d.Speak(), d.Animal.Name)
	speak := d.Speak
	d.Rename("bob")
	fmt.Println(speak(), d.Speak())

	sm := SafeMap{m: map[string]int{}}
	sm.Put("a", 1)
	fmt.Println(sm.m)

	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()

	q := new(int)
	*q = 5
	fmt.Println(*q)
	pt := new(Animal)
	pt.Name = "cat"
	fmt.Println(pt.Speak(), *pt)
	fmt.Printf("%v %+v %T %T\n", pt, pt, pt, q)

	nums := []int{1, 2, 3}
	e := &nums[1]
	*e = 20
	fmt.Println(nums)
	a := Animal{"a"}
	ap := &a
	a = Animal{"b"}
	fmt.Println(ap.Name)
	np := &a.Name
	*np = "c"
	fmt.Println(a)

	var nilNode *Node
	fmt.Println(nilNode == nil, nilNode)
	fmt.Println(nilNode.Val)
}
