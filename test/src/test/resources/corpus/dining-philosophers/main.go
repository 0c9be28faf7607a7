// Dining philosophers with ordered forks: always taking the lower-numbered fork first avoids deadlock.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	left, right *Fork
}

func (p Philosopher) dine(meals int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < meals; i++ {
		p.left.Lock()
		p.right.Lock()
		fmt.Printf("philosopher %d eats meal %d\n", p.id, i+1)
		time.Sleep(5 * time.Millisecond)
		p.right.Unlock()
		p.left.Unlock()
		time.Sleep(5 * time.Millisecond)
	}
}

func main() {
	const n = 5
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = new(Fork)
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		first, second := i, (i+1)%n
		if first > second {
			first, second = second, first
		}
		wg.Add(1)
		go Philosopher{id: i + 1, left: forks[first], right: forks[second]}.dine(2, &wg)
	}
	wg.Wait()
	fmt.Println("everyone has eaten")
}
