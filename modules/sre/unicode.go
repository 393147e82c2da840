// This file defines the character predicates and case mappings of _sre:
// ASCII, C-locale and Unicode variants, with fast paths for ASCII.

package sre

import (
	"sort"
	"sync"
)

// cpRange is an inclusive range of code points.
type cpRange struct{ lo, hi uint32 }

// cpMap maps one code point to another.
type cpMap struct{ from, to uint32 }

func inRanges(t []cpRange, c uint32) bool {
	i := sort.Search(len(t), func(i int) bool { return t[i].hi >= c })
	return i < len(t) && t[i].lo <= c
}

func lookupMap(t []cpMap, c uint32) (uint32, bool) {
	i := sort.Search(len(t), func(i int) bool { return t[i].from >= c })
	if i < len(t) && t[i].from == c {
		return t[i].to, true
	}
	return c, false
}

// Bits of asciiClass.
const (
	clDigit = 1 << iota
	clSpace
	clAlnum
	clWord
	clUpper
	clLower
)

// asciiClass classifies the first 128 code points as Py_ISDIGIT etc. do.
var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c >= '0' && c <= '9':
			t[c] |= clDigit | clAlnum | clWord
		case c >= 'a' && c <= 'z':
			t[c] |= clLower | clAlnum | clWord
		case c >= 'A' && c <= 'Z':
			t[c] |= clUpper | clAlnum | clWord
		case c == '_':
			t[c] |= clWord
		case c == ' ' || c >= '\t' && c <= '\r':
			t[c] |= clSpace
		}
	}
	return
}()

func isDigit(c uint32) bool { return c < 128 && asciiClass[c]&clDigit != 0 }
func isSpace(c uint32) bool { return c < 128 && asciiClass[c]&clSpace != 0 }
func isWord(c uint32) bool  { return c < 128 && asciiClass[c]&clWord != 0 }

// isLocWord is SRE_LOC_IS_WORD in the C locale, where isalnum is ASCII-only.
func isLocWord(c uint32) bool { return isWord(c) }

func isUniDigit(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clDigit != 0
	}
	return inRanges(uniDecimal, c)
}

func isUniSpace(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clSpace != 0 || c >= 0x1c && c <= 0x1f
	}
	return inRanges(uniSpace, c)
}

func isUniWord(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clWord != 0
	}
	if c < 0x10000 {
		return uniWordBMP()[c>>5]&(1<<(c&31)) != 0
	}
	return inRanges(uniAlnum, c)
}

// uniWordBMP is uniAlnum below U+10000 as a bitmap (8 KB), built on first
// use: \w on non-Latin text tests it once per character.
var uniWordBMP = sync.OnceValue(func() *[0x10000 / 32]uint32 {
	var b [0x10000 / 32]uint32
	for _, r := range uniAlnum {
		for c := r.lo; c <= r.hi && c < 0x10000; c++ {
			b[c>>5] |= 1 << (c & 31)
		}
	}
	return &b
})

func isUniLinebreak(c uint32) bool {
	if c < 128 {
		return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c >= 0x1c && c <= 0x1e
	}
	return c == 0x85 || c == 0x2028 || c == 0x2029
}

// lowerASCII is sre_lower_ascii.
func lowerASCII(c uint32) uint32 {
	if c < 128 && asciiClass[c]&clUpper != 0 {
		return c + 32
	}
	return c
}

// upperASCII is the ASCII uppercase mapping (also the C locale's toupper).
func upperASCII(c uint32) uint32 {
	if c < 128 && asciiClass[c]&clLower != 0 {
		return c - 32
	}
	return c
}

// lowerLocale and upperLocale are sre_lower_locale and sre_upper_locale in
// the C locale, where tolower and toupper change ASCII letters only.
func lowerLocale(c uint32) uint32 { return lowerASCII(c) }
func upperLocale(c uint32) uint32 { return upperASCII(c) }

// lowerUnicode is sre_lower_unicode (_PyUnicode_ToLowercase, which for
// characters with special casing gives the first character of the full
// mapping, e.g. 'i' for 'İ').
func lowerUnicode(c uint32) uint32 {
	if c < 128 {
		return lowerASCII(c)
	}
	to, _ := lookupMap(uniLower, c)
	return to
}

// upperUnicode is sre_upper_unicode (_PyUnicode_ToUppercase).
func upperUnicode(c uint32) uint32 {
	if c < 128 {
		return upperASCII(c)
	}
	to, _ := lookupMap(uniUpper, c)
	return to
}

// charLocIgnore is char_loc_ignore: c matches pattern literal p ignoring
// case in the C locale.
func charLocIgnore(p, c uint32) bool {
	return c == p || lowerLocale(c) == p || upperLocale(c) == p
}

// category is sre_category.
func category(cat, c uint32) bool {
	switch cat {
	case CategoryDigit:
		return isDigit(c)
	case CategoryNotDigit:
		return !isDigit(c)
	case CategorySpace:
		return isSpace(c)
	case CategoryNotSpace:
		return !isSpace(c)
	case CategoryWord:
		return isWord(c)
	case CategoryNotWord:
		return !isWord(c)
	case CategoryLinebreak:
		return c == '\n'
	case CategoryNotLinebreak:
		return c != '\n'
	case CategoryLocWord:
		return isLocWord(c)
	case CategoryLocNotWord:
		return !isLocWord(c)
	case CategoryUniDigit:
		return isUniDigit(c)
	case CategoryUniNotDigit:
		return !isUniDigit(c)
	case CategoryUniSpace:
		return isUniSpace(c)
	case CategoryUniNotSpace:
		return !isUniSpace(c)
	case CategoryUniWord:
		return isUniWord(c)
	case CategoryUniNotWord:
		return !isUniWord(c)
	case CategoryUniLinebreak:
		return isUniLinebreak(c)
	case CategoryUniNotLinebreak:
		return !isUniLinebreak(c)
	}
	return false
}

// ASCIIToLower is _sre.ascii_tolower.
func ASCIIToLower(c uint32) uint32 { return lowerASCII(c) }

// ASCIIIsCased is _sre.ascii_iscased.
func ASCIIIsCased(c uint32) bool { return c < 128 && asciiClass[c]&(clUpper|clLower) != 0 }

// UnicodeToLower is _sre.unicode_tolower.
func UnicodeToLower(c uint32) uint32 { return lowerUnicode(c) }

// UnicodeIsCased is _sre.unicode_iscased.
func UnicodeIsCased(c uint32) bool { return c != lowerUnicode(c) || c != upperUnicode(c) }
