// This file tests str split, rsplit, splitlines, partition, rpartition, strip and join
// against python3.11 on random strings.
package runtime

import (
	"math/rand"
	"testing"
)

func TestStrSplitRandom(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(4))
	for i := 0; i < 1500; i++ {
		s := randStr(rng, 12)
		sep := randSub(rng, s)
		if rng.Intn(8) == 0 {
			sep = ""
		}
		max := []int{-1, 0, 1, 2, 5}[rng.Intn(5)]
		r, err := StrSplit(s, nil, max)
		o.check(r, err, "split", s, nil, max)
		r, err = StrRSplit(s, nil, max)
		o.check(r, err, "rsplit", s, nil, max)
		r, err = StrSplit(s, &sep, max)
		o.check(r, err, "split", s, sep, max)
		r, err = StrRSplit(s, &sep, max)
		o.check(r, err, "rsplit", s, sep, max)
		p, err := StrPartition(s, sep)
		o.check(p, err, "partition", s, sep)
		p, err = StrRPartition(s, sep)
		o.check(p, err, "rpartition", s, sep)
		o.check(StrSplitlines(s, false), nil, "splitlines", s, false)
		o.check(StrSplitlines(s, true), nil, "splitlines", s, true)
		o.check(StrStrip(s, nil), nil, "strip", s)
		o.check(StrLStrip(s, nil), nil, "lstrip", s)
		o.check(StrRStrip(s, nil), nil, "rstrip", s)
		o.check(StrStrip(s, &sep), nil, "strip", s, sep)
		o.check(StrLStrip(s, &sep), nil, "lstrip", s, sep)
		o.check(StrRStrip(s, &sep), nil, "rstrip", s, sep)
		items := []string{randStr(rng, 3), randStr(rng, 3), s}[:rng.Intn(4)]
		o.check(StrJoin(sep, items), nil, "join", sep, items)
	}
}
