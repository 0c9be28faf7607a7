// errors.New, fmt.Errorf with %w, errors.Is and Unwrap; errors print as their Error() text.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	if key == "" {
		return fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err)
	fmt.Printf("%v | %s | %q | %T\n", err, err, err, err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, errors.New("not found")), err == ErrNotFound)
	fmt.Println(errors.Unwrap(err) == ErrNotFound, errors.Unwrap(ErrNotFound))
	fmt.Println(find("k") == nil, find("k"))
	plain := fmt.Errorf("code %d", 42)
	fmt.Printf("%v %T %v\n", plain, plain, errors.Unwrap(plain))
	_, perr := strconv.Atoi("x1")
	fmt.Println(errors.Is(perr, strconv.ErrSyntax), errors.Is(perr, strconv.ErrRange))
	wrapped := fmt.Errorf("config: %w", perr)
	fmt.Println(wrapped, errors.Is(wrapped, strconv.ErrSyntax))
	var none error
	fmt.Println(none, none == nil)
	fmt.Printf("%T %v\n", ErrNotFound, ErrNotFound)
	defer fmt.Println("deferred before the panic")
	panic(errors.New("boom"))
}
