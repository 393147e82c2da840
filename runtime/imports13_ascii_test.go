package runtime

import (
	"strings"
	"testing"
)

// TestIsASCIIEveryPosition checks isASCII's word paths (overlapping tails
// of 4 to 7 and of 8 or more bytes) against a byte loop: a byte at or
// above 0x80 at every position of every length up to 100 (the four-word loop too).
func TestIsASCIIEveryPosition(t *testing.T) {
	for n := 0; n <= 100; n++ {
		s := strings.Repeat("a", n)
		if !isASCII(s) {
			t.Fatalf("isASCII(%q) = false", s)
		}
		for i := 0; i < n; i++ {
			for _, c := range []byte{0x80, 0xc3, 0xff} {
				b := []byte(s)
				b[i] = c
				if isASCII(string(b)) {
					t.Fatalf("isASCII of length %d with %#x at %d = true", n, c, i)
				}
				if !bytesASCII(b[:i]) || bytesASCII(b) {
					t.Fatalf("bytesASCII disagrees at length %d, position %d", n, i)
				}
			}
		}
	}
}
