// This file tests int_wide.go: 128-bit int arithmetic against math/big with
// Python's floor semantics, on edge values and random ones.

package runtime

import (
	"math/big"
	"math/rand"
	"testing"
)

func wideTestValues() []*big.Int {
	var vs []*big.Int
	for _, s := range []string{"0", "1", "-1", "2", "-2", "7", "-7",
		"9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "-18446744073709551616", "18446744073709551617",
		"170141183460469231731687303715884105727", "-170141183460469231731687303715884105727",
		"170141183460469231731687303715884105728", "340282366920938463463374607431768211455",
		"340282366920938463463374607431768211456", "-340282366920938463463374607431768211456",
		"36893488147419103232", "6364136223846793005", "1442695040888963407"} {
		v, _ := new(big.Int).SetString(s, 10)
		vs = append(vs, v)
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 60; i++ {
		v := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(1+r.Intn(130))))
		if r.Intn(2) == 0 {
			v.Neg(v)
		}
		vs = append(vs, v)
	}
	return vs
}

func TestWideIntArithmetic(t *testing.T) {
	vs := wideTestValues()
	type op struct {
		name string
		fn   func(a, b Value) (Value, *Exception)
		want func(x, y *big.Int) *big.Int
	}
	floorDivMod := func(x, y *big.Int) (*big.Int, *big.Int) {
		q, m := new(big.Int).DivMod(x, y, new(big.Int)) // Euclidean: m >= 0
		if y.Sign() < 0 && m.Sign() != 0 {
			q.Sub(q, big.NewInt(1)) // x = (q-1)*y + (m+y)
			m.Add(m, y)
		}
		return q, m
	}
	ops := []op{
		{"+", int_add, func(x, y *big.Int) *big.Int { return new(big.Int).Add(x, y) }},
		{"-", int_sub, func(x, y *big.Int) *big.Int { return new(big.Int).Sub(x, y) }},
		{"*", int_mul, func(x, y *big.Int) *big.Int { return new(big.Int).Mul(x, y) }},
		{"//", int_floordiv, func(x, y *big.Int) *big.Int {
			if y.Sign() == 0 {
				return nil
			}
			q, _ := floorDivMod(x, y)
			return q
		}},
		{"%", int_mod, func(x, y *big.Int) *big.Int {
			if y.Sign() == 0 {
				return nil
			}
			_, m := floorDivMod(x, y)
			return m
		}},
	}
	for _, o := range ops {
		for _, x := range vs {
			for _, y := range vs {
				want := o.want(x, y)
				got, err := o.fn(NewIntBig(x), NewIntBig(y))
				if want == nil {
					if err == nil {
						t.Errorf("%v %s %v: no error", x, o.name, y)
					}
					continue
				}
				if err != nil {
					t.Fatalf("%v %s %v: %v", x, o.name, y, err)
				}
				g, _ := bigOf(got)
				if g.Cmp(want) != 0 {
					t.Errorf("%v %s %v = %v, want %v", x, o.name, y, g, want)
				}
				if want.IsInt64() != got.IsSmallInt() {
					t.Errorf("%v %s %v: unboxed %v, want %v", x, o.name, y, got.IsSmallInt(), want.IsInt64())
				}
			}
		}
	}
	for _, x := range vs {
		for _, n := range []int64{0, 1, 33, 63, 64, 65, 100, 127, 128, 200} {
			got, err := int_rshift(NewIntBig(x), Int(n))
			if err != nil {
				t.Fatal(err)
			}
			want := new(big.Int).Rsh(x, uint(n))
			if g, _ := bigOf(got); g.Cmp(want) != 0 {
				t.Errorf("%v >> %d = %v, want %v", x, n, g, want)
			}
		}
	}
}
