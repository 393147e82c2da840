// This file tests the str case conversions against python3.11 on random strings and on
// every code point.
package runtime

import (
	"math/rand"
	"testing"
)

var caseFuncs = []struct {
	name string
	f    func(string) string
}{
	{"upper", StrUpper}, {"lower", StrLower}, {"casefold", StrCasefold},
	{"title", StrTitle}, {"capitalize", StrCapitalize}, {"swapcase", StrSwapcase},
}

func TestStrCaseRandom(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 600; i++ {
		s := randStr(rng, 12)
		for _, cf := range caseFuncs {
			o.check(cf.f(s), nil, cf.name, s)
		}
	}
}

// TestStrCaseAllCodePoints maps every code point alone and after a cased letter, in one
// call per function, so that every table entry is compared.
func TestStrCaseAllCodePoints(t *testing.T) {
	o := newOracle(t)
	var all []byte
	for c := rune(0); c <= 0x10FFFF; c++ {
		if c >= 0xD800 && c <= 0xDFFF {
			continue // lone surrogates map to themselves; the random test covers them
		}
		all = appendCodePoint(all, c)
		all = append(all, 'A', ' ')
	}
	s := string(all)
	for _, cf := range caseFuncs {
		o.check(cf.f(s), nil, cf.name, s)
	}
}

func TestStrFinalSigma(t *testing.T) {
	o := newOracle(t)
	for _, s := range []string{"Σ", "AΣ", "AΣB", "AΣ ", "A\u0345Σ", "AΣ\u0345", "AΣ\u0345B", "'Σ'", "A'Σ'", "ΣΣ", "ΑΣΣ", "\xed\xa0\x80Σ"} {
		for _, cf := range caseFuncs {
			o.check(cf.f(s), nil, cf.name, s)
		}
	}
}
