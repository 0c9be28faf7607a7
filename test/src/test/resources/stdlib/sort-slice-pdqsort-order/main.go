// sort: Ints, Strings, Slice (pdqsort: equal keys end up in Go 1.19's order), SliceStable, Search.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{5, 2, 8, -1, 9, 3, 3, 0}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 3), sort.SearchInts(xs, 4))
	names := []string{"gopher", "Alice", "bob", "alice", ""}
	sort.Strings(names)
	fmt.Printf("%q\n", names)
	// Equal keys: sort.Slice is not stable; Go 1.19's pdqsort decides their order.
	var big []int
	for i := 0; i < 60; i++ {
		big = append(big, (i*37+11)%100)
	}
	sort.Slice(big, func(i, j int) bool { return big[i]%7 < big[j]%7 })
	fmt.Println(big)
	small := []int{31, 12, 44, 23, 5, 16, 27, 38, 9, 40, 11}
	sort.Slice(small, func(i, j int) bool { return small[i]%3 < small[j]%3 })
	fmt.Println(small)
	var many []int
	for i := 0; i < 300; i++ {
		many = append(many, (i*7919+13)%1000)
	}
	sort.Slice(many, func(i, j int) bool { return many[i]/50 > many[j]/50 })
	fmt.Println(many[:40])
	stable := []int{31, 12, 44, 23, 5, 16, 27, 38, 9, 40, 11}
	sort.SliceStable(stable, func(i, j int) bool { return stable[i]%3 < stable[j]%3 })
	fmt.Println(stable)
	i := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(i, sort.SliceIsSorted(stable, func(i, j int) bool { return stable[i]%3 < stable[j]%3 }))
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
}
