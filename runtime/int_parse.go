// This file defines int(str, base): CPython 3.11's rules for whitespace, signs, base
// prefixes, underscores, Unicode digits and the limit on decimal digits.
package runtime

import (
	"math/big"
	"math/bits"
	"strings"
	"unicode"
)

// parseIntLiteral converts s as int(s, base) does. The result fits in an int64 when big
// is nil; otherwise big holds it. maxDigits is sys.get_int_max_str_digits() (0: no limit).
func parseIntLiteral(s string, base, maxDigits int) (small int64, big *big.Int, err *pyErr) {
	if base != 0 && (base < 2 || base > 36) {
		return 0, nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	small, big, ok, err := parseIntASCII(toASCIINumber(s), base, maxDigits)
	if err != nil {
		return 0, nil, err
	}
	if !ok {
		return 0, nil, invalidIntLiteral(s, base)
	}
	return small, big, nil
}

// parseIntBytes converts b as int(b, base) does for bytes and bytearray: no Unicode
// transformation. repr is repr(b), for the error message.
func parseIntBytes(b []byte, base, maxDigits int, repr string) (int64, *big.Int, *pyErr) {
	if base != 0 && (base < 2 || base > 36) {
		return 0, nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	small, big, ok, err := parseIntASCII(string(b), base, maxDigits)
	if err != nil {
		return 0, nil, err
	}
	if !ok {
		return 0, nil, valueError("invalid literal for int() with base %d: %s", base, codePointPrefix(repr, 200))
	}
	return small, big, nil
}

func invalidIntLiteral(s string, base int) *pyErr {
	return valueError("invalid literal for int() with base %d: %s", base, codePointPrefix(unicodeRepr(s), 200))
}

// toASCIINumber maps Unicode whitespace to ' ' and Unicode decimal digits to ASCII digits
// as _PyUnicode_TransformDecimalAndSpaceToASCII does, cutting the string with '?' at
// the first other non-ASCII character.
func toASCIINumber(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		i += size
		switch {
		case c < 127:
			b.WriteByte(byte(c))
		case isPySpace(c):
			b.WriteByte(' ')
		case decimalValue(c) >= 0:
			b.WriteByte(byte('0' + decimalValue(c)))
		default:
			b.WriteByte('?')
			return b.String()
		}
	}
	return b.String()
}

// isPySpace reports whether Python's str.isspace holds for c: bidirectional class WS, B
// or S, or category Zs.
func isPySpace(c rune) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return c > 0x85 && unicode.Is(unicode.Zs, c) || c == 0x2028 || c == 0x2029
}

// isASCIISpace is C's isspace in the C locale, which CPython's parsers use after the
// Unicode transformation.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// digitValue returns the value of an ASCII digit or letter in bases up to 36, or 99.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// parseIntASCII is PyLong_FromString on the transformed string; ok is false for an
// invalid literal.
func parseIntASCII(s string, base, maxDigits int) (int64, *big.Int, bool, *pyErr) {
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	at := func(k int) byte {
		if k < len(s) {
			return s[k]
		}
		return 0
	}
	zeroOnly := false // base 0 with a leading 0: "0", "00", "0_0" are fine, "08" is not
	if base == 0 {
		switch {
		case at(i) != '0':
			base = 10
		case at(i+1) == 'x' || at(i+1) == 'X':
			base = 16
		case at(i+1) == 'o' || at(i+1) == 'O':
			base = 8
		case at(i+1) == 'b' || at(i+1) == 'B':
			base = 2
		default:
			base, zeroOnly = 10, true
		}
	}
	if at(i) == '0' {
		p := at(i+1) | 0x20
		if base == 16 && p == 'x' || base == 8 && p == 'o' || base == 2 && p == 'b' {
			i += 2
			if at(i) == '_' {
				i++
			}
		}
	}
	if at(i) == '_' {
		return 0, nil, false, nil
	}
	start, digits := i, 0
	var prev byte
	for i < len(s) && (digitValue(s[i]) < base || s[i] == '_') {
		if s[i] == '_' && prev == '_' {
			return 0, nil, false, nil
		}
		if s[i] != '_' {
			digits++
		}
		prev = s[i]
		i++
	}
	if prev == '_' {
		return 0, nil, false, nil
	}
	if base&(base-1) != 0 && maxDigits > 0 && digits > maxDigits {
		return 0, nil, false, valueError("Exceeds the limit (%d digits) for integer string "+
			"conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
			maxDigits, digits)
	}
	body := s[start:i]
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	if digits == 0 || i != len(s) {
		return 0, nil, false, nil
	}
	small, big := digitsToInt(body, base, neg)
	if zeroOnly && (small != 0 || big != nil) {
		return 0, nil, false, nil
	}
	return small, big, true, nil
}

// digitsToInt converts valid digits (with underscores) in base to an int, staying in
// 64 bits while the value fits.
func digitsToInt(body string, base int, neg bool) (int64, *big.Int) {
	var acc uint64
	for k := 0; k < len(body); k++ {
		if body[k] == '_' {
			continue
		}
		hi, lo := bits.Mul64(acc, uint64(base))
		lo, carry := bits.Add64(lo, uint64(digitValue(body[k])), 0)
		if hi != 0 || carry != 0 || lo > 1<<63 {
			return 0, bigFromDigits(body, base, neg)
		}
		acc = lo
	}
	if neg {
		return -int64(acc), nil // also right for acc == 1<<63
	}
	if acc == 1<<63 {
		return 0, new(big.Int).SetUint64(acc)
	}
	return int64(acc), nil
}

func bigFromDigits(body string, base int, neg bool) *big.Int {
	x, _ := new(big.Int).SetString(strings.ReplaceAll(body, "_", ""), base)
	if neg {
		x.Neg(x)
	}
	return x
}

// unicodeRepr returns repr(s) for a str held as WTF-8, as CPython's unicode_repr: single
// quotes unless s contains ' and no ", with non-printable characters escaped.
func unicodeRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := []byte{quote}
	const hex = "0123456789abcdef"
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		i += size
		switch {
		case c == rune(quote) || c == '\\':
			b = append(b, '\\', byte(c))
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c < ' ' || c == 0x7f:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case c < 0x7f || isPrintable(c):
			b = appendCodePoint(b, c)
		case c < 0x100:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case c < 0x10000:
			b = append(b, '\\', 'u', hex[c>>12], hex[c>>8&15], hex[c>>4&15], hex[c&15])
		default:
			b = append(b, '\\', 'U', '0', '0', hex[c>>20&15], hex[c>>16&15], hex[c>>12&15], hex[c>>8&15], hex[c>>4&15], hex[c&15])
		}
	}
	return string(append(b, quote))
}

// isPrintable is str.isprintable for one non-ASCII character: letters, marks, numbers,
// punctuation, symbols. Go's tables follow Unicode 15.0 and Python 3.11's 14.0, so the
// characters assigned in 15.0 are unassigned, hence not printable, for Python.
func isPrintable(c rune) bool {
	return unicode.IsPrint(c) && !unicode.Is(unicode15Additions, c)
}

// unicode15Additions lists the printable characters Unicode 15.0 added to 14.0.
var unicode15Additions = &unicode.RangeTable{
	R16: []unicode.Range16{{0x0cf3, 0x0cf3, 1}, {0x0ece, 0x0ece, 1}},
	R32: []unicode.Range32{
		{0x10efd, 0x10eff, 1}, {0x1123f, 0x11241, 1}, {0x11b00, 0x11b09, 1}, {0x11f00, 0x11f10, 1},
		{0x11f12, 0x11f3a, 1}, {0x11f3e, 0x11f59, 1}, {0x1342f, 0x1342f, 1}, {0x13440, 0x13455, 1},
		{0x1b132, 0x1b132, 1}, {0x1b155, 0x1b155, 1}, {0x1d2c0, 0x1d2d3, 1}, {0x1df25, 0x1df2a, 1},
		{0x1e030, 0x1e06d, 1}, {0x1e08f, 0x1e08f, 1}, {0x1e4d0, 0x1e4f9, 1}, {0x1f6dc, 0x1f6dc, 1},
		{0x1f774, 0x1f776, 1}, {0x1f77b, 0x1f77f, 1}, {0x1f7d9, 0x1f7d9, 1}, {0x1fa75, 0x1fa77, 1},
		{0x1fa87, 0x1fa88, 1}, {0x1faad, 0x1faaf, 1}, {0x1fabb, 0x1fabd, 1}, {0x1fabf, 0x1fabf, 1},
		{0x1face, 0x1facf, 1}, {0x1fada, 0x1fadb, 1}, {0x1fae8, 0x1fae8, 1}, {0x1faf7, 0x1faf8, 1},
		{0x2b739, 0x2b739, 1}, {0x31350, 0x323af, 1},
	},
}
