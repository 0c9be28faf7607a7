// errors.As and errors.Is with the program's error types: wrapping with %w, Unwrap and Is methods.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

// QueryError wraps the error of one query, as the Go blog's example does.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// Timeout is a value error type with an Is method: any Timeout matches any other.
type Timeout struct{ Op string }

func (t Timeout) Error() string        { return t.Op + " timed out" }
func (t Timeout) Is(target error) bool { _, ok := target.(Timeout); return ok }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func find(key string) error {
	if key == "" {
		return &QueryError{Query: "find", Err: ErrNotFound}
	}
	if key == "slow" {
		return fmt.Errorf("find %q: %w", key, Timeout{"read"})
	}
	if key == "bad" {
		return fmt.Errorf("find: %w", Code(400))
	}
	return nil
}

func main() {
	for _, key := range []string{"", "slow", "bad", "ok"} {
		err := find(key)
		fmt.Printf("%q: %v\n", key, err)
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  as *QueryError:", qe.Query, qe.Err)
		}
		var t Timeout
		if errors.As(err, &t) {
			fmt.Println("  as Timeout:", t.Op)
		}
		var c Code
		if errors.As(err, &c) {
			fmt.Println("  as Code:", int(c), c)
		}
		fmt.Println("  is ErrNotFound:", errors.Is(err, ErrNotFound))
		fmt.Println("  is Timeout:", errors.Is(err, Timeout{"other"}))
		fmt.Println("  is Code(400):", errors.Is(err, Code(400)), errors.Is(err, Code(500)))
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	var target error
	fmt.Println(errors.As(find(""), &target), target)
	defer func() { fmt.Println("recovered:", recover()) }()
	var notPtr QueryError
	errors.As(find(""), notPtr)
}
