// context.WithTimeout arms a runtime timer (time.AfterFunc); its goroutine cancels with DeadlineExceeded.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slow(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	fmt.Println("fast:", slow(ctx, 10*time.Millisecond))
	err := slow(ctx, time.Second)
	fmt.Println("slow:", err, errors.Is(err, context.DeadlineExceeded), time.Since(start) >= 50*time.Millisecond)
	dl, ok := ctx.Deadline()
	fmt.Println(ok, dl.Sub(start) >= 50*time.Millisecond, dl.Sub(start) < 60*time.Millisecond)
	fmt.Printf("%T\n", err)

	parent, cancelParent := context.WithTimeout(context.Background(), time.Hour)
	child, cancelChild := context.WithTimeout(parent, 20*time.Millisecond)
	defer cancelChild()
	cancelParent()
	<-child.Done()
	fmt.Println("child:", child.Err(), "parent:", parent.Err())

	vctx := context.WithValue(context.Background(), "user", "gopher")
	fmt.Println(vctx.Value("user"), vctx.Value("missing"), vctx.Err())
	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancelPast()
	fmt.Println(past.Err())
	fmt.Println(context.TODO(), context.Background())
}
