// This file tests the str character classes against python3.11 on random strings and on
// every code point.
package runtime

import (
	"math/rand"
	"testing"
)

var classFuncs = []struct {
	name string
	f    func(string) bool
}{
	{"isalpha", StrIsAlpha}, {"isdecimal", StrIsDecimal}, {"isdigit", StrIsDigit},
	{"isnumeric", StrIsNumeric}, {"isalnum", StrIsAlnum}, {"isspace", StrIsSpace},
	{"isprintable", StrIsPrintable}, {"isidentifier", StrIsIdentifier},
	{"istitle", StrIsTitle}, {"isupper", StrIsUpper}, {"islower", StrIsLower},
	{"isascii", StrIsASCII},
}

func TestStrClassRandom(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 500; i++ {
		s := randStr(rng, 6)
		for _, cf := range classFuncs {
			o.check(cf.f(s), nil, cf.name, s)
		}
	}
	for _, s := range []string{"", "_", "a1", "1a", "Ab Cd", "AB", "ab", "ǅ", "ǅa", "Aǅ", "A_B", "a\u0345"} {
		for _, cf := range classFuncs {
			o.check(cf.f(s), nil, cf.name, s)
		}
	}
}

// TestStrClassAllCodePoints asks python3.11 for every predicate of every code point at
// once and compares.
func TestStrClassAllCodePoints(t *testing.T) {
	o := newOracle(t)
	for _, cf := range classFuncs {
		r, err := o.call("classes", cf.name)
		if err != nil {
			t.Fatal(err)
		}
		want, bad := r.(pyBytes), 0
		for c := rune(0); c <= 0x10FFFF; c++ {
			got := cf.f(string(appendCodePoint(nil, c)))
			if got != (want[c] == 1) {
				if bad++; bad < 5 {
					t.Errorf("%s(%U) = %v, want %v", cf.name, c, got, !got)
				}
			}
		}
	}
}
