// This file is Decimal.__format__'s fast path for report code such as
// f"{amount:>14,.2f}": the spec, a constant str object, is parsed once
// and kept (keyed by that object, as dec13_strcache.go keys Decimal(str)),
// and the common layouts (no zero padding, groups of three) are written
// into one byte buffer that becomes the result str, instead of a string
// per group, separator, pad and concatenation.

package cdecimal

import (
	"strconv"
	"unicode/utf8"
	"unsafe"

	"krait/runtime"
)

// specEntry is a parsed spec and the str it was parsed from; holding the
// str keeps its address from being reused for another object.
type specEntry struct {
	key  *runtime.Str
	spec fmtSpec
}

// specCache is direct-mapped by the spec object's address.
var specCache [16]specEntry

// cachedSpec stores s parsed in f (formatting changes its copy). A spec
// of type 'n' is parsed each time: it reads the locale's separators,
// which may change between calls.
func cachedSpec(s *runtime.Str, f *fmtSpec) *runtime.Exception {
	e := &specCache[(uintptr(unsafe.Pointer(s))>>4)%uintptr(len(specCache))]
	if e.key == s {
		*f = e.spec
		return nil
	}
	text := s.String()
	p, err := parseSpec(text, localeSeparators)
	if err != nil {
		return err
	}
	*f = *p
	if text == "" || text[len(text)-1] != 'n' {
		e.key, e.spec = s, *p
	}
	return nil
}

// formatNumberFast is formatNumber for a spec without zero padding whose
// groups are of three digits (every type but 'n'); ok is false for the
// others.
func formatNumberFast(neg bool, intpart, frac string, exp int64, f *fmtSpec) (runtime.Value, bool) {
	if f.zeropad || len(f.grouping) != 2 || f.grouping[0] != 3 || f.grouping[1] != 0 {
		return runtime.Value{}, false
	}
	var bodyBuf, outBuf [96]byte
	body := appendGrouped(bodyBuf[:0], intpart, f.thousands)
	if frac != "" {
		body = append(body, f.point...)
		body = append(body, frac...)
	}
	if exp != 0 || f.typ == 'e' || f.typ == 'E' {
		e := byte('e')
		if f.typ == 'E' || f.typ == 'G' {
			e = 'E'
		}
		body = append(body, e)
		if exp >= 0 {
			body = append(body, '+')
		}
		body = strconv.AppendInt(body, exp, 10)
	}
	if f.typ == '%' {
		body = append(body, '%')
	}
	sign := formatSign(neg, f)
	n := f.width - len(sign) - utf8.RuneCount(body)
	out := outBuf[:0]
	switch f.align {
	case '<':
		out = appendFill(append(append(out, sign...), body...), f.fill, n)
	case '=':
		out = append(appendFill(append(out, sign...), f.fill, n), body...)
	case '^':
		half := max(0, n/2)
		out = appendFill(out, f.fill, half)
		out = append(append(out, sign...), body...)
		out = appendFill(out, f.fill, n-half)
	default:
		out = append(append(appendFill(out, f.fill, n), sign...), body...)
	}
	return runtime.StrValueBytes(out), true // a copy: out may be on the stack
}

// appendGrouped appends digits with sep between groups of three from the
// right.
func appendGrouped(b []byte, digits, sep string) []byte {
	if sep == "" || len(digits) <= 3 {
		return append(b, digits...)
	}
	first := len(digits) % 3
	if first == 0 {
		first = 3
	}
	b = append(b, digits[:first]...)
	for i := first; i < len(digits); i += 3 {
		b = append(b, sep...)
		b = append(b, digits[i:i+3]...)
	}
	return b
}

// appendFill appends n copies of fill (none when n <= 0).
func appendFill(b []byte, fill string, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, fill...)
	}
	return b
}
