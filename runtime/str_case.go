// This file defines the case conversions of str (upper, lower, casefold, title,
// capitalize, swapcase) with Unicode 14.0's full case mappings as CPython 3.11 applies
// them: 'ß'.upper() is 'SS', and lower() turns a capital sigma at the end of a word into
// the final form 'ς' (Unicode's Final_Sigma condition, as CPython's handle_capital_sigma).
package runtime

import "strings"

// caseKind selects one of the full mappings of uniRecord.
type caseKind uint8

const (
	caseUpper caseKind = iota
	caseLower
	caseTitle
	caseFold
)

// appendCase appends the full kind mapping of c. Lowering is done by appendLower, which
// knows about the final sigma.
func appendCase(b []byte, c rune, kind caseKind) []byte {
	rec := uniLookup(c)
	var m int32
	switch kind {
	case caseUpper:
		m = rec.upper
	case caseLower:
		m = rec.lower
	case caseTitle:
		m = rec.title
	default:
		m = rec.fold
	}
	if m >= uniSpecialBase {
		return append(b, uniSpecial[m-uniSpecialBase]...)
	}
	return appendCodePoint(b, c+m)
}

// appendLower appends the lowercase of the code point c found at s[i:i+size].
func appendLower(b []byte, s string, i, size int, c rune) []byte {
	if c == 0x3A3 {
		if finalSigma(s, i, i+size) {
			return append(b, "ς"...)
		}
		return append(b, "σ"...)
	}
	return appendCase(b, c, caseLower)
}

// finalSigma reports whether the capital sigma at s[i:j] ends a word: a cased letter comes
// before it and none after it, skipping case-ignorable characters both ways.
func finalSigma(s string, i, j int) bool {
	for i > 0 {
		c, size := lastCodePoint(s[:i])
		i -= size
		if !uniHas(c, uniIgnorable) {
			if !uniHas(c, uniCased) {
				return false
			}
			goto after
		}
	}
	return false
after:
	for j < len(s) {
		c, size := decodeCodePoint(s, j)
		j += size
		if !uniHas(c, uniIgnorable) {
			return !uniHas(c, uniCased)
		}
	}
	return true
}

// lastCodePoint decodes the last code point of the WTF-8 string s (non-empty).
func lastCodePoint(s string) (rune, int) {
	n := len(s)
	if s[n-1] < 0x80 {
		return rune(s[n-1]), 1
	}
	start := n - 1
	for start > 0 && start > n-4 && s[start]&0xC0 == 0x80 {
		start--
	}
	c, size := decodeCodePoint(s, start)
	if start+size != n {
		return 0xFFFD, 1 // invalid encoding: cannot happen for a str
	}
	return c, size
}

// asciiOnly reports whether s holds ASCII only.
func asciiOnly(s string) bool { return StrIsASCII(s) }

// StrUpper is str.upper.
func StrUpper(s string) string {
	if asciiOnly(s) {
		return strings.ToUpper(s)
	}
	return strMap(s, caseUpper)
}

// StrLower is str.lower.
func StrLower(s string) string {
	if asciiOnly(s) {
		return strings.ToLower(s)
	}
	return strMap(s, caseLower)
}

// StrCasefold is str.casefold.
func StrCasefold(s string) string {
	if asciiOnly(s) {
		return strings.ToLower(s)
	}
	return strMap(s, caseFold)
}

// strMap applies one full mapping to every code point of s.
func strMap(s string, kind caseKind) string {
	b := make([]byte, 0, len(s)+len(s)/4)
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		if kind == caseLower {
			b = appendLower(b, s, i, size, c)
		} else {
			b = appendCase(b, c, kind)
		}
		i += size
	}
	return string(b)
}

// StrSwapcase is str.swapcase: uppercase characters are lowered, lowercase ones uppered.
func StrSwapcase(s string) string {
	b := make([]byte, 0, len(s)+len(s)/4)
	for i := 0; i < len(s); {
		if c := s[i]; c < 0x80 {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				c ^= 0x20
			}
			b = append(b, c)
			i++
			continue
		}
		c, size := decodeCodePoint(s, i)
		switch f := uniLookup(c).flags; {
		case f&uniUpper != 0:
			b = appendLower(b, s, i, size, c)
		case f&uniLower != 0:
			b = appendCase(b, c, caseUpper)
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// StrTitle is str.title: a cased character after a cased one is lowered, any other is
// titlecased.
func StrTitle(s string) string {
	b := make([]byte, 0, len(s)+len(s)/4)
	prevCased := false
	for i := 0; i < len(s); {
		if c := s[i]; c < 0x80 {
			switch {
			case prevCased && 'A' <= c && c <= 'Z':
				c += 0x20
			case !prevCased && 'a' <= c && c <= 'z':
				c -= 0x20
			}
			b = append(b, c)
			prevCased = asciiFlags[c]&uniCased != 0
			i++
			continue
		}
		c, size := decodeCodePoint(s, i)
		if prevCased {
			b = appendLower(b, s, i, size, c)
		} else {
			b = appendCase(b, c, caseTitle)
		}
		prevCased = uniHas(c, uniCased)
		i += size
	}
	return string(b)
}

// StrCapitalize is str.capitalize: the first character titlecased, the rest lowered.
func StrCapitalize(s string) string {
	if s == "" {
		return s
	}
	b := make([]byte, 0, len(s)+len(s)/4)
	c, size := decodeCodePoint(s, 0)
	b = appendCase(b, c, caseTitle)
	for i := size; i < len(s); {
		c, size := decodeCodePoint(s, i)
		b = appendLower(b, s, i, size, c)
		i += size
	}
	return string(b)
}
