// This file tests the code-point view of str: length, the stride index, slicing with steps
// and code point comparison, against python3.11.
package runtime

import (
	"math/rand"
	"testing"
)

func TestStrIndexSliceCompare(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(6))
	for i := 0; i < 1000; i++ {
		s := randStr(rng, 80)
		if rng.Intn(2) == 0 {
			s = randStr(rng, 5)
		}
		n := StrLen(s)
		o.check(n, nil, "__len__", s)
		var x *StrIndex
		if n != len(s) {
			x = NewStrIndex(s)
		}
		if n > 0 {
			k := rng.Intn(n)
			o.check(StrCodePointAt(s, x, k), nil, "__getitem__", s, k)
		}
		step := []int{1, 1, 2, 3, -1, -2, 5}[rng.Intn(7)]
		a, b := rng.Intn(2*n+5)-n-2, rng.Intn(2*n+5)-n-2
		lo, hi, cnt := SliceIndices(n, a, b, step)
		o.check(StrSlice(s, x, lo, hi, step, cnt), nil, "slice", s, a, b, step)
		u := randStr(rng, 5)
		o.check(StrCompare(s, u), nil, "cmp", s, u)
		o.check(StrCompare(u, u+s), nil, "cmp", u, u+s)
	}
}

func TestStrOrdChrNext(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(16))
	for i := 0; i < 300; i++ {
		s := randStr(rng, 2)
		c, err := StrOrd(s)
		o.check(int(c), err, "ord", s)
		var parts []string
		for off := 0; off < len(s); {
			var ch string
			ch, off = StrNext(s, off)
			parts = append(parts, ch)
		}
		if parts == nil {
			parts = []string{}
		}
		o.check(parts, nil, "iter", s)
	}
	for _, c := range []int64{-1, 0, 0x41, 0x7f, 0x80, 0xe9, 0xd800, 0xdfff, 0x10000, 0x10ffff, 0x110000} {
		r, err := StrChr(c)
		o.check(r, err, "chr", int(c))
	}
}
