package runtime

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCountSubMatchesStrings checks the Horspool count against
// strings.Count on random text over small alphabets, where needles occur,
// overlap ("aaa" in "aaaa") and repeat their own last byte.
func TestCountSubMatchesStrings(t *testing.T) {
	rng := rand.New(rand.NewSource(15))
	for round := 0; round < 20000; round++ {
		alphabet := []string{"ab", "abc<>/td", "a\x00\xff"}[round%3]
		gen := func(n int) string {
			b := make([]byte, n)
			for i := range b {
				b[i] = alphabet[rng.Intn(len(alphabet))]
			}
			return string(b)
		}
		s, sub := gen(rng.Intn(300)), gen(1+rng.Intn(6))
		if got, want := countSub(s, sub), strings.Count(s, sub); got != want {
			t.Fatalf("countSub(%q, %q) = %d, want %d", s, sub, got, want)
		}
	}
	long := strings.Repeat("x", 300)
	if got := countSub(long, strings.Repeat("x", 255)); got != 1 {
		t.Fatalf("255-byte needle: %d", got)
	}
	if got := countSub(long, strings.Repeat("x", 256)); got != 1 {
		t.Fatalf("256-byte needle: %d", got)
	}
}
