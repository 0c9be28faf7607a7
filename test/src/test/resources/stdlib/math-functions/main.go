// math: the basic functions and constants, printed as Go prints float64 values.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(1), 0), math.IsNaN(math.NaN()))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxInt8, math.MaxUint16, math.MaxInt)
	fmt.Println(uint64(math.MaxUint64), math.MaxUint32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%.4f %08.3f %e %g\n", math.Pi, math.Pi, math.E, math.Phi)
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(1))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Sin(0), math.Cos(0), math.Signbit(-0.0*1))
	var x int64 = math.MaxInt64
	x++
	fmt.Println(x, math.MaxInt16+1)
	r := math.Floor(7.0 / 2)
	fmt.Println(int(r), math.Float64bits(1.0))
}
