// This file tests the text methods of bytes against python3.11 on random byte strings.
package runtime

import (
	"math"
	"math/rand"
	"testing"
)

func randASCIIBytes(rng *rand.Rand, n int) []byte {
	const pool = "abAB \t\n\r\x0b\x0c\x1cz_0+-\x80\xe9\xffxy"
	b := make([]byte, rng.Intn(n+1))
	for i := range b {
		b[i] = pool[rng.Intn(len(pool))]
	}
	return b
}

func randBytesSub(rng *rand.Rand, b []byte) []byte {
	if len(b) == 0 || rng.Intn(3) == 0 {
		return randASCIIBytes(rng, 2)
	}
	i := rng.Intn(len(b))
	j := i + rng.Intn(min(3, len(b)-i)+1)
	return append([]byte{}, b[i:j]...)
}

func TestBytesTextRandom(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(10))
	unary := []struct {
		name string
		f    func([]byte) []byte
	}{{"lower", BytesLower}, {"upper", BytesUpper}, {"swapcase", BytesSwapcase},
		{"title", BytesTitle}, {"capitalize", BytesCapitalize}}
	preds := []struct {
		name string
		f    func([]byte) bool
	}{{"isalpha", BytesIsAlpha}, {"isalnum", BytesIsAlnum}, {"isdigit", BytesIsDigit},
		{"isspace", BytesIsSpace}, {"isascii", BytesIsASCII}, {"islower", BytesIsLower},
		{"isupper", BytesIsUpper}, {"istitle", BytesIsTitle}}
	for i := 0; i < 800; i++ {
		b := randASCIIBytes(rng, 10)
		for _, u := range unary {
			o.check(u.f(b), nil, u.name, b)
		}
		for _, p := range preds {
			o.check(p.f(b), nil, p.name, b)
		}
		sub := randBytesSub(rng, b)
		a, e := randIndex(rng, len(b)), randIndex(rng, len(b))
		if e != nil && a == nil {
			a = 0
		}
		st, en := goIndex(a, 0), goIndex(e, math.MaxInt)
		args := []any{b, pyBytes(sub)}
		if a != nil {
			args = append(args, a)
			if e != nil {
				args = append(args, e)
			}
		}
		o.check(BytesFind(b, sub, st, en), nil, "find", args...)
		o.check(BytesRFind(b, sub, st, en), nil, "rfind", args...)
		r, err := BytesIndexOf(b, sub, st, en)
		o.check(r, err, "index", args...)
		r, err = BytesRIndex(b, sub, st, en)
		o.check(r, err, "rindex", args...)
		o.check(BytesCount(b, sub, st, en), nil, "count", args...)
		o.check(BytesStartsWith(b, sub, st, en), nil, "startswith", args...)
		o.check(BytesEndsWith(b, sub, st, en), nil, "endswith", args...)
		cnt := []int{-1, 0, 1, 2}[rng.Intn(4)]
		rep := randASCIIBytes(rng, 2)
		o.check(BytesReplace(b, sub, rep, cnt), nil, "replace", b, pyBytes(sub), pyBytes(rep), cnt)

		max := []int{-1, 0, 1, 2}[rng.Intn(4)]
		parts, err := BytesSplit(b, nil, max)
		o.check(parts, err, "split", b, nil, max)
		parts, err = BytesRSplit(b, nil, max)
		o.check(parts, err, "rsplit", b, nil, max)
		parts, err = BytesSplit(b, sub, max)
		o.check(parts, err, "split", b, pyBytes(sub), max)
		parts, err = BytesRSplit(b, sub, max)
		o.check(parts, err, "rsplit", b, pyBytes(sub), max)
		o.check(BytesSplitlines(b, false), nil, "splitlines", b, false)
		o.check(BytesSplitlines(b, true), nil, "splitlines", b, true)
		p3, err := BytesPartition(b, sub)
		o.check(p3[:], err, "partition", b, pyBytes(sub))
		p3, err = BytesRPartition(b, sub)
		o.check(p3[:], err, "rpartition", b, pyBytes(sub))
		o.check(BytesStrip(b, nil, stripBoth), nil, "strip", b)
		o.check(BytesStrip(b, nil, stripLeft), nil, "lstrip", b)
		o.check(BytesStrip(b, sub, stripRight), nil, "rstrip", b, pyBytes(sub))
		w := rng.Intn(14) - 2
		out, err := BytesPad(b, w, '*', '^')
		o.check(out, err, "center", b, w, pyBytes("*"))
		out, err = BytesPad(b, w, ' ', '<')
		o.check(out, err, "ljust", b, w)
		out, err = BytesPad(b, w, '.', '>')
		o.check(out, err, "rjust", b, w, pyBytes("."))
		out, err = BytesZfill(b, w)
		o.check(out, err, "zfill", b, w)
		out, err = BytesExpandTabs(b, w)
		o.check(out, err, "expandtabs", b, w)
		o.check(BytesJoin(sub, [][]byte{b, rep}), nil, "join", pyBytes(sub), []any{b, pyBytes(rep)})
		ps := rng.Intn(7) - 3
		o.check(BytesHex(b, ":", ps), nil, "hex", b, ":", ps)
		h := BytesHex(b, "", 0)
		if len(h) > 0 && rng.Intn(2) == 0 {
			k := rng.Intn(len(h))
			h = h[:k] + []string{" ", "x", "é", "  "}[rng.Intn(4)] + h[k:]
		}
		fr, err := BytesFromHex(h)
		o.check(fr, err, "fromhex", pyBytes{}, h)
	}
}
