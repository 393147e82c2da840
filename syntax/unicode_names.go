// This file defines the lookup of Unicode character names for \N{...}
// escapes, as CPython 3.11's unicodedata _getcode resolves them: names of
// Unicode 14.0 and their formal aliases, matched without regard to ASCII
// case, plus the algorithmic names of Hangul syllables and CJK unified
// ideographs, which are matched case-sensitively.

package syntax

import (
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

var (
	unicodeNameOnce  sync.Once
	unicodeNameIndex map[string]rune
)

// lookupUnicodeName returns the code point named name, if any.
func lookupUnicodeName(name string) (rune, bool) {
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return hangulSyllable(rest)
	}
	if rest, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		return cjkIdeograph(rest)
	}
	unicodeNameOnce.Do(buildUnicodeNameIndex)
	r, ok := unicodeNameIndex[asciiUpper(name)]
	return r, ok
}

// buildUnicodeNameIndex builds the reverse of runenames, limited to the
// characters Unicode 14.0 names, and adds the aliases. It runs on first use
// so that programs without \N escapes never pay for it.
func buildUnicodeNameIndex() {
	idx := make(map[string]rune, 35000)
	for _, rg := range unicode14Named {
		for r := rg[0]; r <= rg[1]; r++ {
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				idx[n] = r
			}
		}
	}
	for _, a := range unicodeAliases {
		idx[a.name] = a.r
	}
	unicodeNameIndex = idx
}

// asciiUpper upper-cases ASCII letters only, as Py_TOUPPER does.
func asciiUpper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'a' && b[j] <= 'z' {
					b[j] -= 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// The short names of the Hangul jamo, in the order of the Unicode
// composition formula: leading consonants, vowels, trailing consonants.
var (
	hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable decodes the part of a Hangul syllable name after the
// prefix, taking the longest matching jamo at each step as CPython does.
func hangulSyllable(s string) (rune, bool) {
	l, n1 := longestJamo(s, hangulL)
	v, n2 := longestJamo(s[n1:], hangulV)
	t, n3 := longestJamo(s[n1+n2:], hangulT)
	if l < 0 || v < 0 || t < 0 || n1+n2+n3 != len(s) {
		return 0, false
	}
	return rune(0xAC00 + (l*len(hangulV)+v)*len(hangulT) + t), true
}

// longestJamo returns the index and length of the longest entry of table
// that s starts with, or -1.
func longestJamo(s string, table []string) (int, int) {
	best, bestLen := -1, -1
	for i, j := range table {
		if len(j) > bestLen && strings.HasPrefix(s, j) {
			best, bestLen = i, len(j)
		}
	}
	return best, max(bestLen, 0)
}

// cjkIdeograph decodes the 4 or 5 upper-case hex digits after
// "CJK UNIFIED IDEOGRAPH-", accepting only Unicode 14.0's unified ideographs.
func cjkIdeograph(hex string) (rune, bool) {
	if len(hex) != 4 && len(hex) != 5 {
		return 0, false
	}
	var r rune
	for i := 0; i < len(hex); i++ {
		c := hex[i]
		switch {
		case c >= '0' && c <= '9':
			r = r*16 + rune(c-'0')
		case c >= 'A' && c <= 'F':
			r = r*16 + rune(c-'A') + 10
		default:
			return 0, false
		}
	}
	return r, isUnifiedIdeograph(r)
}

// isUnifiedIdeograph reports whether r is a CJK unified ideograph in
// Unicode 14.0.
func isUnifiedIdeograph(r rune) bool {
	return 0x3400 <= r && r <= 0x4DBF || 0x4E00 <= r && r <= 0x9FFF ||
		0x20000 <= r && r <= 0x2A6DF || 0x2A700 <= r && r <= 0x2B738 ||
		0x2B740 <= r && r <= 0x2B81D || 0x2B820 <= r && r <= 0x2CEA1 ||
		0x2CEB0 <= r && r <= 0x2EBE0 || 0x30000 <= r && r <= 0x3134A
}
