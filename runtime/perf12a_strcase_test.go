// This file tests the eight-bytes-at-a-time ASCII case mapping of
// perf12a_strcase.go against strings.ToUpper/ToLower on every ASCII byte
// in every lane position and on texts of every length around a word.
package runtime

import (
	"strings"
	"testing"
)

func TestASCIICaseFlip(t *testing.T) {
	check := func(src string) {
		t.Helper()
		dst := make([]byte, len(src))
		asciiCaseFlip(dst, src, true)
		if string(dst) != strings.ToUpper(src) {
			t.Fatalf("upper(%q) = %q", src, dst)
		}
		asciiCaseFlip(dst, src, false)
		if string(dst) != strings.ToLower(src) {
			t.Fatalf("lower(%q) = %q", src, dst)
		}
	}
	for c := 0; c < 0x80; c++ {
		for pos := 0; pos < 17; pos++ {
			b := []byte(strings.Repeat("m", 17))
			b[pos] = byte(c)
			check(string(b))
		}
	}
	all := make([]byte, 0x80)
	for i := range all {
		all[i] = byte(i)
	}
	for n := 0; n <= len(all); n++ {
		check(string(all[:n]))
		check(string(all[len(all)-n:]))
	}
}
