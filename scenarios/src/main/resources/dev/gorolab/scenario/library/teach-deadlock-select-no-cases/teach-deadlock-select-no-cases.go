// select {} blocks forever (R8.1). Once the last other goroutine has finished, Go reports
// "select (no cases)".
package main

import "fmt"

func main() {
	go func() {
		fmt.Println("helper runs and returns")
	}()
	fmt.Println("main blocks forever in select {}")
	select {}
}
