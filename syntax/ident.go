// This file defines the checks on non-ASCII identifiers: CPython's
// verify_identifier (XID_Start/XID_Continue, with its error messages) and the
// NFKC normalization the parser applies to them.

package syntax

import (
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// rng is an inclusive range of code points.
type rng struct{ lo, hi rune }

// inTable reports whether r lies in one of the sorted ranges of tab.
func inTable(tab []rng, r rune) bool {
	lo, hi := 0, len(tab)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < tab[m].lo:
			hi = m
		case r > tab[m].hi:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// isPrintable is Py_UNICODE_ISPRINTABLE.
func isPrintable(r rune) bool {
	if r < 128 {
		return r >= 32 && r < 127
	}
	return inTable(printable, r)
}

func isXIDStart(r rune) bool {
	if r < 128 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'
	}
	return inTable(xidStart, r)
}

func isXIDContinue(r rune) bool {
	if r < 128 {
		return isXIDStart(r) || r >= '0' && r <= '9'
	}
	return inTable(xidContinue, r)
}

// verifyIdentifier checks the identifier src[start:t.pos], which holds a
// non-ASCII byte, and returns its NFKC normalization. On a bad character
// the error points just after it, as CPython's does.
func (t *Tokenizer) verifyIdentifier(start int) (string, *SyntaxError) {
	s := t.src[start:t.pos]
	if !utf8.ValidString(s) {
		return "", t.decodeError(s)
	}
	for i, r := range s {
		ok := isXIDContinue(r)
		if i == 0 {
			ok = isXIDStart(r)
		}
		if ok {
			continue
		}
		t.pos = start + i + utf8.RuneLen(r)
		if isPrintable(r) {
			return "", t.syntaxError(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
		}
		return "", t.syntaxError(fmt.Sprintf("invalid non-printable character U+%04X", r))
	}
	return norm.NFKC.String(s), nil
}

// decodeError reports bytes of an identifier that are not UTF-8 the way
// CPython's parser reports the UnicodeDecodeError it gets.
func (t *Tokenizer) decodeError(s string) *SyntaxError {
	msg := "(unicode error) " + utf8ErrorText(s)
	return t.pegenError(ClassSyntaxError, msg, t.lineno, t.pos-t.lineStart, -1)
}
