// Replicated queries: ask three replicas, use the first answer (a buffered channel lets the others finish).
package main

import (
	"fmt"
	"time"
)

type Result string

func replica(name string, d time.Duration) func(string) Result {
	return func(query string) Result {
		time.Sleep(d)
		return Result(name + " result for " + query)
	}
}

func first(query string, replicas ...func(string) Result) Result {
	c := make(chan Result, len(replicas))
	for _, r := range replicas {
		go func(r func(string) Result) { c <- r(query) }(r)
	}
	return <-c
}

func main() {
	result := first("golang",
		replica("replica-1", 30*time.Millisecond),
		replica("replica-2", 10*time.Millisecond),
		replica("replica-3", 20*time.Millisecond))
	fmt.Println(result)
}
