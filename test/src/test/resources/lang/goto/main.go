// goto within a function: a retry loop that jumps back, a forward jump to cleanup, a goto out of
// nested loops, a goto in a function literal and one that ends a function with a result.
package main

import (
	"errors"
	"fmt"
)

var failures = 2

func fetch(attempt int) (string, error) {
	if attempt <= failures {
		return "", errors.New("timeout")
	}
	return "data", nil
}

func retry() string {
	attempt := 0
again:
	attempt++
	v, err := fetch(attempt)
	if err != nil {
		fmt.Println("attempt", attempt, "failed:", err)
		goto again
	}
	fmt.Println("attempt", attempt, "ok")
	return v
}

func work(n int) (err error) {
	fmt.Println("open", n)
	if n < 0 {
		err = errors.New("negative")
		goto cleanup
	}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if i*j == n {
				fmt.Println("found", i, j)
				goto cleanup
			}
		}
	}
	fmt.Println("not found")
cleanup:
	fmt.Println("close", n)
	return err
}

func countdown(n int) int {
loop:
	if n == 0 {
		return 42
	}
	n--
	goto loop
}

func main() {
	fmt.Println(retry())
	fmt.Println(work(-1))
	fmt.Println(work(4))
	fmt.Println(work(7))
	fmt.Println(countdown(3))
	sum := func(xs []int) (s int) {
		i := 0
	next:
		if i < len(xs) {
			s += xs[i]
			i++
			goto next
		}
		return
	}([]int{1, 2, 3, 4})
	fmt.Println(sum)
	done := make(chan bool)
	go func() {
		k := 0
	spin:
		if k < 3 {
			k++
			goto spin
		}
		fmt.Println("goroutine spun", k)
		done <- true
	}()
	<-done
	{
		goto out
	}
out:
	fmt.Println("end")
}
