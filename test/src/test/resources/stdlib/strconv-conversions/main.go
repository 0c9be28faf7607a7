// strconv: Itoa, Atoi and ParseInt with their errors, FormatInt, Quote, ParseBool, FormatFloat.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45) + "!")
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	for _, s := range []string{"12a", "", "99999999999999999999", " 7", "+8", "-0"} {
		v, err := strconv.Atoi(s)
		fmt.Println(v, err)
	}
	if _, err := strconv.Atoi("x"); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	for _, s := range []string{"-42", "0x1f", "128", "zz"} {
		v, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(v, err)
	}
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	fmt.Println(strconv.Quote("tab\there \"quoted\" 世界\n"), strconv.Quote(""))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatBool(false), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	f, err := strconv.ParseFloat("2.5", 64)
	fmt.Println(f*2, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	q, err := strconv.Unquote("\"a\\tb\"")
	fmt.Println(strconv.QuoteRune('☺'), q, err)
}
