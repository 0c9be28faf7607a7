// A thousand lines of lecture-style Go: pipelines, worker pools and select loops, for the Go
// front end's benchmark (docs/benchmarks.md). Real Go 1.19 builds and runs it.
package main

import (
	"fmt"
	"strconv"
	"sync"
	"time"
)

var total int
var mu sync.Mutex

// stage0 doubles what it receives and passes it on.
func stage0(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 0
	}
	close(out)
}

// workers0 fans work out to three goroutines and waits for them.
func workers0(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll0 waits for a result or gives up after a while.
func poll0(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(0)
	}
}

// stage1 doubles what it receives and passes it on.
func stage1(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 1
	}
	close(out)
}

// workers1 fans work out to three goroutines and waits for them.
func workers1(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll1 waits for a result or gives up after a while.
func poll1(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(1)
	}
}

// stage2 doubles what it receives and passes it on.
func stage2(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 2
	}
	close(out)
}

// workers2 fans work out to three goroutines and waits for them.
func workers2(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll2 waits for a result or gives up after a while.
func poll2(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(2)
	}
}

// stage3 doubles what it receives and passes it on.
func stage3(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 3
	}
	close(out)
}

// workers3 fans work out to three goroutines and waits for them.
func workers3(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll3 waits for a result or gives up after a while.
func poll3(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(3)
	}
}

// stage4 doubles what it receives and passes it on.
func stage4(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 4
	}
	close(out)
}

// workers4 fans work out to three goroutines and waits for them.
func workers4(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll4 waits for a result or gives up after a while.
func poll4(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(4)
	}
}

// stage5 doubles what it receives and passes it on.
func stage5(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 5
	}
	close(out)
}

// workers5 fans work out to three goroutines and waits for them.
func workers5(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll5 waits for a result or gives up after a while.
func poll5(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(5)
	}
}

// stage6 doubles what it receives and passes it on.
func stage6(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 6
	}
	close(out)
}

// workers6 fans work out to three goroutines and waits for them.
func workers6(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll6 waits for a result or gives up after a while.
func poll6(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(6)
	}
}

// stage7 doubles what it receives and passes it on.
func stage7(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 7
	}
	close(out)
}

// workers7 fans work out to three goroutines and waits for them.
func workers7(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll7 waits for a result or gives up after a while.
func poll7(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(7)
	}
}

// stage8 doubles what it receives and passes it on.
func stage8(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 8
	}
	close(out)
}

// workers8 fans work out to three goroutines and waits for them.
func workers8(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll8 waits for a result or gives up after a while.
func poll8(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(8)
	}
}

// stage9 doubles what it receives and passes it on.
func stage9(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 9
	}
	close(out)
}

// workers9 fans work out to three goroutines and waits for them.
func workers9(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll9 waits for a result or gives up after a while.
func poll9(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(9)
	}
}

// stage10 doubles what it receives and passes it on.
func stage10(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 10
	}
	close(out)
}

// workers10 fans work out to three goroutines and waits for them.
func workers10(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll10 waits for a result or gives up after a while.
func poll10(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(10)
	}
}

// stage11 doubles what it receives and passes it on.
func stage11(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 11
	}
	close(out)
}

// workers11 fans work out to three goroutines and waits for them.
func workers11(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll11 waits for a result or gives up after a while.
func poll11(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(11)
	}
}

// stage12 doubles what it receives and passes it on.
func stage12(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 12
	}
	close(out)
}

// workers12 fans work out to three goroutines and waits for them.
func workers12(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll12 waits for a result or gives up after a while.
func poll12(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(12)
	}
}

// stage13 doubles what it receives and passes it on.
func stage13(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 13
	}
	close(out)
}

// workers13 fans work out to three goroutines and waits for them.
func workers13(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll13 waits for a result or gives up after a while.
func poll13(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(13)
	}
}

// stage14 doubles what it receives and passes it on.
func stage14(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 14
	}
	close(out)
}

// workers14 fans work out to three goroutines and waits for them.
func workers14(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll14 waits for a result or gives up after a while.
func poll14(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(14)
	}
}

// stage15 doubles what it receives and passes it on.
func stage15(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 15
	}
	close(out)
}

// workers15 fans work out to three goroutines and waits for them.
func workers15(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll15 waits for a result or gives up after a while.
func poll15(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(15)
	}
}

// stage16 doubles what it receives and passes it on.
func stage16(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 16
	}
	close(out)
}

// workers16 fans work out to three goroutines and waits for them.
func workers16(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll16 waits for a result or gives up after a while.
func poll16(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(16)
	}
}

// stage17 doubles what it receives and passes it on.
func stage17(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 17
	}
	close(out)
}

// workers17 fans work out to three goroutines and waits for them.
func workers17(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll17 waits for a result or gives up after a while.
func poll17(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(17)
	}
}

// stage18 doubles what it receives and passes it on.
func stage18(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 18
	}
	close(out)
}

// workers18 fans work out to three goroutines and waits for them.
func workers18(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll18 waits for a result or gives up after a while.
func poll18(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(18)
	}
}

// stage19 doubles what it receives and passes it on.
func stage19(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 19
	}
	close(out)
}

// workers19 fans work out to three goroutines and waits for them.
func workers19(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll19 waits for a result or gives up after a while.
func poll19(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(19)
	}
}

// stage20 doubles what it receives and passes it on.
func stage20(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 20
	}
	close(out)
}

// workers20 fans work out to three goroutines and waits for them.
func workers20(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll20 waits for a result or gives up after a while.
func poll20(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(20)
	}
}

// stage21 doubles what it receives and passes it on.
func stage21(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 21
	}
	close(out)
}

// workers21 fans work out to three goroutines and waits for them.
func workers21(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll21 waits for a result or gives up after a while.
func poll21(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(21)
	}
}

// stage22 doubles what it receives and passes it on.
func stage22(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 22
	}
	close(out)
}

// workers22 fans work out to three goroutines and waits for them.
func workers22(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll22 waits for a result or gives up after a while.
func poll22(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(22)
	}
}

// stage23 doubles what it receives and passes it on.
func stage23(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 23
	}
	close(out)
}

// workers23 fans work out to three goroutines and waits for them.
func workers23(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll23 waits for a result or gives up after a while.
func poll23(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(23)
	}
}

// stage24 doubles what it receives and passes it on.
func stage24(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*2 + 24
	}
	close(out)
}

// workers24 fans work out to three goroutines and waits for them.
func workers24(jobs []int) int {
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := id; j < len(jobs); j += 3 {
				mu.Lock()
				sum += jobs[j]
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return sum
}

// poll24 waits for a result or gives up after a while.
func poll24(ch chan string) string {
	select {
	case s := <-ch:
		return s
	default:
		return "none-" + strconv.Itoa(24)
	}
}

func main() {
	start := time.Now()
	a0, b0 := make(chan int, 4), make(chan int, 4)
	go stage0(a0, b0)
	a0 <- 0
	close(a0)
	total += <-b0 + workers0([]int{1, 2, 3, 0})
	fmt.Println(poll0(make(chan string, 1)))
	a1, b1 := make(chan int, 4), make(chan int, 4)
	go stage1(a1, b1)
	a1 <- 1
	close(a1)
	total += <-b1 + workers1([]int{1, 2, 3, 1})
	fmt.Println(poll1(make(chan string, 1)))
	a2, b2 := make(chan int, 4), make(chan int, 4)
	go stage2(a2, b2)
	a2 <- 2
	close(a2)
	total += <-b2 + workers2([]int{1, 2, 3, 2})
	fmt.Println(poll2(make(chan string, 1)))
	a3, b3 := make(chan int, 4), make(chan int, 4)
	go stage3(a3, b3)
	a3 <- 3
	close(a3)
	total += <-b3 + workers3([]int{1, 2, 3, 3})
	fmt.Println(poll3(make(chan string, 1)))
	a4, b4 := make(chan int, 4), make(chan int, 4)
	go stage4(a4, b4)
	a4 <- 4
	close(a4)
	total += <-b4 + workers4([]int{1, 2, 3, 4})
	fmt.Println(poll4(make(chan string, 1)))
	a5, b5 := make(chan int, 4), make(chan int, 4)
	go stage5(a5, b5)
	a5 <- 5
	close(a5)
	total += <-b5 + workers5([]int{1, 2, 3, 5})
	fmt.Println(poll5(make(chan string, 1)))
	a6, b6 := make(chan int, 4), make(chan int, 4)
	go stage6(a6, b6)
	a6 <- 6
	close(a6)
	total += <-b6 + workers6([]int{1, 2, 3, 6})
	fmt.Println(poll6(make(chan string, 1)))
	a7, b7 := make(chan int, 4), make(chan int, 4)
	go stage7(a7, b7)
	a7 <- 7
	close(a7)
	total += <-b7 + workers7([]int{1, 2, 3, 7})
	fmt.Println(poll7(make(chan string, 1)))
	a8, b8 := make(chan int, 4), make(chan int, 4)
	go stage8(a8, b8)
	a8 <- 8
	close(a8)
	total += <-b8 + workers8([]int{1, 2, 3, 8})
	fmt.Println(poll8(make(chan string, 1)))
	a9, b9 := make(chan int, 4), make(chan int, 4)
	go stage9(a9, b9)
	a9 <- 9
	close(a9)
	total += <-b9 + workers9([]int{1, 2, 3, 9})
	fmt.Println(poll9(make(chan string, 1)))
	fmt.Println("total", total, time.Since(start) >= 0)
}
