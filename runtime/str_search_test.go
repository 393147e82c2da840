// This file tests the str search methods against python3.11 on random strings, positions
// and substrings.
package runtime

import (
	"math"
	"math/rand"
	"testing"
)

// goIndex turns a randIndex argument into the int the vm passes: None as def.
func goIndex(v any, def int) int {
	if v == nil {
		return def
	}
	return v.(int)
}

func TestStrSearchRandom(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 1500; i++ {
		s := randStr(rng, 10)
		sub := randSub(rng, s)
		n := StrLen(s)
		a, b := randIndex(rng, n), randIndex(rng, n)
		if b != nil && a == nil {
			a = 0
		}
		st, en := goIndex(a, 0), goIndex(b, math.MaxInt)
		args := []any{s, sub}
		if a != nil {
			args = append(args, a)
			if b != nil {
				args = append(args, b)
			}
		}
		o.check(StrFind(s, sub, st, en), nil, "find", args...)
		o.check(StrRFind(s, sub, st, en), nil, "rfind", args...)
		r, err := StrIndexOf(s, sub, st, en)
		o.check(r, err, "index", args...)
		r, err = StrRIndex(s, sub, st, en)
		o.check(r, err, "rindex", args...)
		o.check(StrCount(s, sub, st, en), nil, "count", args...)
		o.check(StrStartsWith(s, sub, st, en), nil, "startswith", args...)
		o.check(StrEndsWith(s, sub, st, en), nil, "endswith", args...)
		cnt := []int{-1, 0, 1, 2, 100}[rng.Intn(5)]
		rep := randStr(rng, 2)
		o.check(StrReplace(s, sub, rep, cnt), nil, "replace", s, sub, rep, cnt)
	}
}

func TestStrContainsRepeatRemove(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(9))
	for i := 0; i < 500; i++ {
		s := randStr(rng, 8)
		sub := randSub(rng, s)
		o.check(StrContains(s, sub), nil, "__contains__", s, sub)
		o.check(StrRemovePrefix(s, sub), nil, "removeprefix", s, sub)
		o.check(StrRemoveSuffix(s, sub), nil, "removesuffix", s, sub)
		n := rng.Intn(5) - 1
		r, err := StrRepeat(s, n)
		o.check(r, err, "__mul__", s, n)
	}
	for _, n := range []int{1 << 40, 1 << 62} {
		r, err := StrRepeat("ab", n)
		o.check(r, err, "__mul__", "ab", n)
	}
}
