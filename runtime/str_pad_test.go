// This file tests str center, ljust, rjust, zfill and expandtabs against python3.11.
package runtime

import (
	"math/rand"
	"testing"
)

func TestStrPadRandom(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(5))
	fills := []string{" ", "*", "é", "\xed\xa0\x80", "😀", "", "ab"}
	for i := 0; i < 1000; i++ {
		s := randStr(rng, 8)
		if rng.Intn(4) == 0 {
			s = []string{"+", "-", "+1", "-x", "0"}[rng.Intn(5)] + s
		}
		w := rng.Intn(16) - 3
		f := fills[rng.Intn(len(fills))]
		r, err := StrCenter(s, w, f)
		o.check(r, err, "center", s, w, f)
		r, err = StrLJust(s, w, f)
		o.check(r, err, "ljust", s, w, f)
		r, err = StrRJust(s, w, f)
		o.check(r, err, "rjust", s, w, f)
		r, err = StrZfill(s, w)
		o.check(r, err, "zfill", s, w)
		ts := rng.Intn(12) - 2
		tabbed := StrReplace(s, "a", "\t", -1)
		r, err = StrExpandTabs(tabbed, ts)
		o.check(r, err, "expandtabs", tabbed, ts)
	}
}
