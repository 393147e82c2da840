// This file defines the conversions between dec and text: the
// specification's to-scientific-string and to-engineering-string, and the
// parser of numeric strings (with _decimal's handling of whitespace,
// underscores and non-ASCII digits).

package cdecimal

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"krait/runtime"
)

// toString formats d as to-scientific-string, or to-engineering-string
// when eng is set; capitals chooses 'E' or 'e'.
func toString(d *dec, eng bool, capitals bool) string {
	sign := ""
	if d.neg {
		sign = "-"
	}
	switch d.form {
	case formInf:
		return sign + "Infinity"
	case formNaN, formSNaN:
		s := sign + "NaN"
		if d.form == formSNaN {
			s = sign + "sNaN"
		}
		if !d.coefZero() {
			s += d.coefString()
		}
		return s
	}
	digits := d.coefString()
	nd := int64(len(digits))
	left := d.exp + nd
	var dot int64
	switch {
	case d.exp <= 0 && left > -6:
		dot = left
	case !eng:
		dot = 1
	case digits == "0":
		dot = floorMod(left+1, 3) - 1
	default:
		dot = floorMod(left-1, 3) + 1
	}
	var b strings.Builder
	b.WriteString(sign)
	switch {
	case dot <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", int(-dot)))
		b.WriteString(digits)
	case dot >= nd:
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", int(dot-nd)))
	default:
		b.WriteString(digits[:dot])
		b.WriteByte('.')
		b.WriteString(digits[dot:])
	}
	if left != dot {
		if capitals {
			b.WriteByte('E')
		} else {
			b.WriteByte('e')
		}
		e := left - dot
		if e >= 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.FormatInt(e, 10))
	}
	return b.String()
}

func floorMod(a, m int64) int64 {
	r := a % m
	if r < 0 {
		r += m
	}
	return r
}

// The exponent limit of a parsed string: a larger exponent (however many
// digits it has) is read as just beyond it, as libmpdec saturates it, so
// that the conversion is InvalidOperation (exact) or an overflow or
// underflow (in a context), not a syntax error.
const (
	maxParseExp = 999999999999999999 * 2
)

// normalizeNumeric maps a str to the ASCII text the parser reads: decimal
// digits of any script mapped to ASCII and, for the exact conversion of
// the Decimal constructor, unicode whitespace stripped at both ends and
// underscores dropped. ok is false for any other non-ASCII
// character.
func normalizeNumeric(s string, exact bool) (string, bool) {
	if exact {
		s = strings.TrimFunc(s, unicode.IsSpace)
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == '_' {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '_' && exact:
		case r < 0x80:
			b.WriteRune(r)
		case runtime.DecimalDigitValue(r) >= 0:
			b.WriteByte(byte('0' + runtime.DecimalDigitValue(r)))
		default:
			return "", false
		}
	}
	return b.String(), true
}

// parseDecimal parses a numeric string (already normalized); ok is false
// for a syntax error.
func parseDecimal(s string) (dec, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s != "" && !isDigit(s[0]) && s[0] != '.' {
		// Only the special values start with a letter; lowering the
		// text of every number cost an allocation-free but not free pass.
		low := strings.ToLower(s)
		switch {
		case low == "inf" || low == "infinity":
			return infinity(neg), true
		case strings.HasPrefix(low, "nan"):
			return parsePayload(neg, formNaN, s[3:])
		case strings.HasPrefix(low, "snan"):
			return parsePayload(neg, formSNaN, s[4:])
		}
	}
	intEnd := 0
	for intEnd < len(s) && isDigit(s[intEnd]) {
		intEnd++
	}
	digits := s[:intEnd]
	rest := s[intEnd:]
	frac := ""
	if rest != "" && rest[0] == '.' {
		j := 1
		for j < len(rest) && isDigit(rest[j]) {
			j++
		}
		frac = rest[1:j]
		rest = rest[j:]
	}
	if digits == "" && frac == "" {
		return dec{}, false
	}
	var exp int64
	if rest != "" {
		if rest[0] != 'e' && rest[0] != 'E' {
			return dec{}, false
		}
		e, ok := parseExponent(rest[1:])
		if !ok {
			return dec{}, false
		}
		exp = e
	}
	exp -= int64(len(frac))
	if u, ok := shortCoef(digits, frac); ok {
		return finiteU(neg, u, exp), true
	}
	all := strings.TrimLeft(digits+frac, "0")
	coef, _ := new(big.Int).SetString(all, 10)
	return finite(neg, coef, exp), true
}

// shortCoef reads the digits of a and then b as one number when it has
// at most 19 significant digits (it then fits a uint64).
func shortCoef(a, b string) (uint64, bool) {
	var u uint64
	n := 0
	for _, s := range [2]string{a, b} {
		for i := 0; i < len(s); i++ {
			if u != 0 || s[i] != '0' {
				n++
			}
			u = u*10 + uint64(s[i]-'0')
		}
	}
	return u, n <= 19
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// parseExponent reads a signed decimal exponent, saturated beyond
// maxParseExp.
func parseExponent(s string) (int64, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
	}
	s = strings.TrimLeft(s, "0")
	e := int64(maxParseExp + 1)
	if s == "" {
		e = 0
	} else if len(s) <= 19 {
		if u, err := strconv.ParseUint(s, 10, 64); err == nil && u <= maxParseExp {
			e = int64(u)
		}
	}
	if neg {
		e = -e
	}
	return e, true
}

func parsePayload(neg bool, form uint8, s string) (dec, bool) {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return dec{}, false
		}
	}
	coef := new(big.Int)
	if t := strings.TrimLeft(s, "0"); t != "" {
		coef.SetString(t, 10)
	}
	return withPayload(neg, form, coef), true
}
