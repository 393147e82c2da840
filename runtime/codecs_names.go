// This file defines the Unicode 14.0 character names that the namereplace error handler
// writes and the unicode_escape codec reads in \N{...}: golang.org/x/text's runenames
// (a newer Unicode) limited to the characters python3.11 names, plus the algorithmic names
// of Hangul syllables and CJK unified ideographs.
package runtime

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// The Hangul jamo short names, in the order of the syllable composition formula.
var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// unicodeName returns unicodedata.name(c) of python3.11, if c has a name.
func unicodeName(c rune) (string, bool) {
	if c < 0 || c > 0x10FFFF || !uniHas(c, uniNamed) {
		return "", false
	}
	if c >= 0xAC00 && c <= 0xD7A3 {
		n := int(c - 0xAC00)
		return "HANGUL SYLLABLE " + jamoL[n/588] + jamoV[n%588/28] + jamoT[n%28], true
	}
	name := runenames.Name(c)
	if name == "" || name[0] == '<' {
		return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", c), true
	}
	return name, true
}

var (
	nameIndexOnce sync.Once
	nameIndex     map[string]rune
)

// lookupName is unicodedata.lookup without aliases and named sequences: the code point
// of a name, matched without regard to ASCII case.
func lookupName(name string) (rune, bool) {
	upper := strings.ToUpper(name)
	for _, prefix := range []string{"HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-"} {
		// The algorithmic names are matched case-sensitively, as CPython's _getcode does.
		if strings.HasPrefix(upper, prefix) && !strings.HasPrefix(name, prefix) {
			return 0, false
		}
	}
	name = upper
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(hex) != 4 && len(hex) != 5 {
			return 0, false
		}
		v, err := strconv.ParseUint(hex, 16, 32)
		if err != nil || !uniHas(rune(v), uniNamed) {
			return 0, false
		}
		if n, _ := unicodeName(rune(v)); n != "CJK UNIFIED IDEOGRAPH-"+hex {
			return 0, false
		}
		return rune(v), true
	}
	nameIndexOnce.Do(func() {
		nameIndex = make(map[string]rune, 50000)
		for c := rune(0); c <= 0x10FFFF; c++ {
			if uniHas(c, uniNamed) {
				if n, _ := unicodeName(c); !strings.HasPrefix(n, "CJK UNIFIED IDEOGRAPH-") {
					nameIndex[n] = c
				}
			}
		}
	})
	c, ok := nameIndex[name]
	return c, ok
}
