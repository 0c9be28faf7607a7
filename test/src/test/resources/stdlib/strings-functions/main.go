// strings: the functions lecture programs use, with their edge cases (empty separators, no match).
package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"go", "runs", "goroutines"}
	fmt.Println(strings.Join(words, ", "))
	fmt.Println(strings.Join(nil, "-") == "")
	fmt.Println(strings.Repeat("ab", 3) + "|" + strings.Repeat("x", 0) + "|")
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(len(strings.Split("abc", "x")))
	fmt.Printf("%q\n", strings.Fields("  worker 1\t done \n "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Println(strings.ToUpper("Hello, 世界 ß"), strings.ToLower("HELLO Ünï"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", ""), strings.Contains("", "a"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("go", "golang"))
	fmt.Printf("[%s]\n", strings.TrimSpace(" \t\n padded \r\n"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("日本語", "語"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.Title("hello world"), strings.EqualFold("Go", "GO"), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.ContainsAny("hello", "xyz"), strings.IndexRune("chicken", 'k'))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
}
