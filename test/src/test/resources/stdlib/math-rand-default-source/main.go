// math/rand: Go 1.19 seeds the global source with 1, so these are the numbers every run prints.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Intn(10), rand.Int())
	fmt.Println(rand.Float64(), rand.Int63(), rand.Int31n(1000), rand.Int63n(1<<40+3))
	fmt.Println(rand.Perm(8))
	words := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Uint32(), rand.Int31())
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(6)+1, r.Intn(6)+1, r.Intn(6)+1, r.Float64())
	rand.Seed(1)
	fmt.Println(rand.Intn(100), rand.Intn(100))
	delay := rand.Intn(50)
	fmt.Println("worker sleeps", delay, "ms")
}
