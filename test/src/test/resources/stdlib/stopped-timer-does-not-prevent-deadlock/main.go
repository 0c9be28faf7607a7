// A stopped timer is removed at the next scheduler pass, so the deadlock is reported (R11.5).
// (An unstopped one would make go1.19 wait for it instead.)
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	<-make(chan int)
}
