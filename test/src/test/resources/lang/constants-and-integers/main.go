// Constants with iota and exact untyped arithmetic; every integer kind wraps around as Go's does.
package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	Red = iota
	Green
	Blue
)

const huge = 1 << 70
const third = 1.0 / 3

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Println(Red, Green, Blue)
	fmt.Println(0.1+0.2, huge>>68, third*3)
	const local = 'a' + 1
	fmt.Println(local, string(rune(local)))
	fmt.Printf("%T %T %v\n", local, third, 7/2)

	var b byte = 250
	b += 10
	var i8 int8 = 127
	i8++
	var u uint = 0
	u--
	var u32 uint32 = 1 << 31
	u32 *= 2
	var i16 int16 = -32768
	i16 = -i16
	fmt.Println(b, i8, u, u32, i16)
	fmt.Printf("%T %T %T %d %x\n", b, i8, u, u, u)

	var i64 int64 = 1 << 62
	i64 *= 4
	x := int32(1<<31 - 1)
	x += 2
	fmt.Println(i64, x, uint8(300+x), int8(-129+x+x))
	var r rune = 'G'
	fmt.Println(r, string(r), 'x')

	var f32 float32 = 0.1
	var f64 float64 = float64(f32)
	fmt.Println(f32, f64, f32*3, float32(1)/3)
	fmt.Printf("%T %v %.3f\n", f32, f32+0.2, f32)

	var big uint64 = 1<<64 - 1
	fmt.Println(big, big/3, big>>63, ^uint8(0), ^0)
	n := 10
	fmt.Println(uint8(n*30), -7/2, -7%2, 7&^5)
}
