// A bank account with a mutex: concurrent deposits and withdrawals keep the balance right.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
}

func (a *Account) Withdraw(amount int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.balance {
		return ErrInsufficientFunds
	}
	a.balance -= amount
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acct := &Account{balance: 100}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			acct.Deposit(10)
		}()
		go func(n int) {
			defer wg.Done()
			if err := acct.Withdraw(30); err != nil {
				fmt.Println("withdrawal", n, "failed:", err)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("final balance:", acct.Balance())
}
