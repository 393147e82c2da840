// This file tests _path_normpath against python3.11's on random paths.

package posix

import (
	"math/rand"
	"strings"
	"testing"

	"krait/internal/pyoracle"
)

func TestNormpathOracle(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	parts := []string{"", ".", "..", "a", "bc", "/", "//", "é"}
	var input []string
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for j := rng.Intn(7); j > 0; j-- {
			b.WriteString(parts[rng.Intn(len(parts))])
			if rng.Intn(2) == 0 {
				b.WriteByte('/')
			}
		}
		input = append(input, b.String())
	}
	want := pyoracle.Lines(t, `import sys, posix
for line in sys.stdin:
    print(repr(posix._path_normpath(line.rstrip('\n'))))`, input)
	for i, p := range input {
		if got := "'" + normpath(p) + "'"; got != want[i] {
			t.Errorf("normpath(%q) = %s, want %s", p, got, want[i])
		}
	}
}
