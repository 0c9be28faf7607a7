// A mailbox of mixed messages: a type switch decides what each message means.
package main

import "fmt"

type Deposit struct{ Amount int }
type Withdraw struct{ Amount int }
type Stop struct{}

func account(inbox <-chan interface{}, done chan<- int) {
	balance := 0
	for msg := range inbox {
		switch m := msg.(type) {
		case Deposit:
			balance += m.Amount
		case Withdraw:
			balance -= m.Amount
		case Stop:
			done <- balance
			return
		default:
			fmt.Printf("unknown message %v of type %T\n", m, m)
		}
	}
}

func main() {
	inbox := make(chan interface{})
	done := make(chan int)
	go account(inbox, done)
	inbox <- Deposit{100}
	inbox <- Withdraw{30}
	inbox <- "hello"
	inbox <- Deposit{5}
	inbox <- Stop{}
	fmt.Println("balance:", <-done)
}
