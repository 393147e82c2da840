// This file defines countSub, the non-overlapping occurrence count behind
// str.count, str.replace's sizing and str.split(sep)'s sizing. Go's
// strings.Count finds each occurrence with a fresh strings.Index call,
// which for a short needle first looks for its leading byte: counting
// "<td>" in HTML stops at every '<' and pays Index's set-up per match
// (79.7k instructions for a 5 KB page against CPython's 30.6k). A
// Horspool scan keyed on the needle's last byte steps over most of the
// text a needle's length at a time instead.

package runtime

import (
	"strings"
	"unsafe"
)

// countSub is strings.Count(s, sub) for a non-empty sub.
func countSub(s, sub string) int {
	m := len(sub)
	if m < 2 || m > 255 || len(s) < 64 {
		return strings.Count(s, sub) // one byte: Go's vector count
	}
	// skip[c] is how far the window may move when its last byte is c and
	// it does not match: the distance from c's last occurrence in
	// sub[:m-1] to the end, m for bytes not in it.
	var words [32]uint64 // the table, filled a word at a time
	for i := range words {
		words[i] = uint64(m) * 0x0101010101010101
	}
	skip := (*[256]uint8)(unsafe.Pointer(&words))
	for j := 0; j < m-1; j++ {
		skip[sub[j]] = uint8(m - 1 - j)
	}
	last, n := sub[m-1], 0
	for i := m - 1; i < len(s); {
		c := s[i]
		if c == last && s[i+1-m:i+1] == sub {
			n++
			i += m // occurrences do not overlap
			continue
		}
		i += int(skip[c])
	}
	return n
}
