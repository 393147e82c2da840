// This file defines normalization of text with more than 30 combining
// marks in a row. golang.org/x/text/unicode/norm follows the Stream-Safe
// Text Format there: it inserts U+034F COMBINING GRAPHEME JOINER after
// every 30 non-starters and orders each piece alone. CPython does neither:
// it orders the whole run. Such text is rare, so it takes this slower path,
// which runs the Unicode algorithm itself on norm's per-character data.

package unicodedata

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cgj is the character norm inserts to break a long run of marks.
const cgj = '\u034F'

// normalizeString returns the form f of s as CPython's unicodedata does.
func normalizeString(f norm.Form, s string) string {
	out := f.String(s)
	if strings.ContainsRune(out, cgj) && strings.Count(out, string(cgj)) != strings.Count(s, string(cgj)) {
		return normalizeLongRuns(f, s)
	}
	return out
}

// normalizeLongRuns decomposes s one character at a time, puts each run
// of non-starters in canonical order and, for NFC and NFKC, composes.
func normalizeLongRuns(f norm.Form, s string) string {
	decomp := norm.NFD
	if f == norm.NFKC || f == norm.NFKD {
		decomp = norm.NFKD
	}
	var rs []rune
	for _, r := range s {
		rs = append(rs, []rune(decomp.String(string(r)))...)
	}
	canonicalOrder(rs)
	if f == norm.NFC || f == norm.NFKC {
		rs = compose(rs)
	}
	return string(rs)
}

func ccc(r rune) uint8 { return norm.NFD.PropertiesString(string(r)).CCC() }

// canonicalOrder sorts each run of non-starters by combining class,
// keeping the order of equal classes.
func canonicalOrder(rs []rune) {
	for i := 0; i < len(rs); {
		if ccc(rs[i]) == 0 {
			i++
			continue
		}
		j := i
		for j < len(rs) && ccc(rs[j]) != 0 {
			j++
		}
		run := rs[i:j]
		sort.SliceStable(run, func(a, b int) bool { return ccc(run[a]) < ccc(run[b]) })
		i = j
	}
}

// compose is the canonical composition algorithm over decomposed text:
// each character not blocked from the last starter joins it when the
// pair has a primary composite.
func compose(rs []rune) []rune {
	out := rs[:0:0]
	starter := -1
	for _, c := range rs {
		cc := ccc(c)
		if starter >= 0 {
			last := len(out) - 1
			lastCC := ccc(out[last])
			if last == starter || lastCC != 0 && lastCC < cc {
				if p, ok := composePair(out[starter], c); ok {
					out[starter] = p
					continue
				}
			}
		}
		if cc == 0 {
			starter = len(out)
		}
		out = append(out, c)
	}
	return out
}

// composePair returns the primary composite of a and b, if there is one.
func composePair(a, b rune) (rune, bool) {
	s := norm.NFC.String(string(a) + string(b))
	if r, n := utf8.DecodeRuneInString(s); n == len(s) && r != utf8.RuneError {
		return r, true
	}
	return 0, false
}
