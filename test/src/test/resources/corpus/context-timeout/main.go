// context.WithTimeout: a slow operation is abandoned when the deadline passes.
package main

import (
	"context"
	"fmt"
	"time"
)

func slowOperation(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "finished after " + d.String(), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	for _, d := range []time.Duration{20 * time.Millisecond, 200 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		res, err := slowOperation(ctx, d)
		cancel()
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(res)
	}
}
