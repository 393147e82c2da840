package runtime

import (
	"math/rand"
	"slices"
	"testing"
)

// TestSplitWhitespaceASCIIMatchesGeneral checks the counted, table-driven
// str.split(None, maxsplit) against the general stringlib-style splitter
// on random ASCII text full of whitespace runs (the word-at-a-time count
// sees words of spaces only and words with control bytes).
func TestSplitWhitespaceASCIIMatchesGeneral(t *testing.T) {
	rng := rand.New(rand.NewSource(15))
	alphabets := []string{" \t\n\v\f\r\x1c\x1d\x1e\x1f\x00\x08ab.-", "  ab!", " \x20\x21\x1f\x7fz"}
	for round := 0; round < 6000; round++ {
		alphabet := alphabets[round%len(alphabets)]
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s := string(b)
		for _, maxsplit := range []int{-1, 0, 1, 2, 3, 50} {
			want := splitWhitespace(s, max(maxsplit, len(s)+1))
			if maxsplit >= 0 {
				want = splitWhitespace(s, maxsplit)
			}
			var got []string
			for _, v := range ptrOf[List](splitWhitespaceASCII(StrValue(s), s, maxsplit)).items {
				got = append(got, v.AsStr().S)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%q.split(None, %d) = %q, want %q", s, maxsplit, got, want)
			}
		}
	}
}
