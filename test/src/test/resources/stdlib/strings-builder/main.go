// strings.Builder: a zero Builder is ready to use; WriteString, WriteByte, WriteRune, Len, String, Reset.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(fmt.Sprintf("worker %d", i))
	}
	sb.WriteByte('!')
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())
	n, err := sb.WriteString("abc")
	fmt.Println(n, err)
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
}
