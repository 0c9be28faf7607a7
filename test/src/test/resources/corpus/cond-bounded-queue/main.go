// A bounded queue with sync.Cond: producers wait while it is full, consumers while it is empty.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	capacity int
}

func NewQueue(capacity int) *Queue {
	q := &Queue{capacity: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.capacity {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := NewQueue(2)
	done := make(chan bool)
	go func() {
		sum := 0
		for i := 0; i < 6; i++ {
			v := q.Get()
			fmt.Println("got", v)
			sum += v
		}
		fmt.Println("sum", sum)
		done <- true
	}()
	for i := 1; i <= 6; i++ {
		q.Put(i)
		fmt.Println("put", i)
	}
	<-done
}
