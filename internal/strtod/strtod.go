// Package strtod converts decimal strings to float64 with correct rounding
// for any length of input, as CPython's dtoa does. strconv.ParseFloat
// rounds wrongly when a string has more than 800 significant digits (it
// gives 0 for "1" followed by 10000 zeros and "e-10000"), so long inputs
// are first reduced to at most 768 significant digits, which decide the
// rounding of every double, with a sticky digit for what was dropped.
package strtod

import (
	"strconv"
	"strings"
)

// maxDigits is one more than the longest significand of an exact halfway
// point between two doubles (767 digits).
const maxDigits = 768

// ParseFloat is strconv.ParseFloat(s, 64) for the decimal syntax
// [sign] digits [. digits] [e [sign] digits], correct for long inputs;
// other strings (inf, nan, hex) go to strconv unchanged.
func ParseFloat(s string) (float64, error) {
	if len(s) <= 700 {
		return strconv.ParseFloat(s, 64)
	}
	if r, ok := reduce(s); ok {
		return strconv.ParseFloat(r, 64)
	}
	return strconv.ParseFloat(s, 64)
}

// reduce rewrites a long decimal string as "[-]0.DIGITSeEXP" with at most
// maxDigits digits and a bounded exponent; ok is false for strings that
// are not in the plain decimal syntax.
func reduce(s string) (string, bool) {
	sign := ""
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			sign = "-"
		}
		i++
	}
	var digits []byte
	pointExp := int64(0) // digits seen before the point, after leading zeros
	seenDigit, seenPoint := false, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			seenDigit = true
			if c == '0' && len(digits) == 0 {
				if seenPoint {
					pointExp--
				}
				continue
			}
			digits = append(digits, c)
			if !seenPoint {
				pointExp++
			}
		case c == '.' && !seenPoint:
			seenPoint = true
		default:
			goto exponent
		}
	}
exponent:
	if !seenDigit {
		return "", false
	}
	exp := int64(0)
	if i < len(s) {
		if s[i] != 'e' && s[i] != 'E' {
			return "", false
		}
		i++
		neg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			neg = s[i] == '-'
			i++
		}
		if i == len(s) {
			return "", false
		}
		for ; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return "", false
			}
			if exp < 1e15 {
				exp = exp*10 + int64(s[i]-'0')
			}
		}
		if neg {
			exp = -exp
		}
	}
	digits = []byte(strings.TrimRight(string(digits), "0"))
	if len(digits) == 0 {
		return sign + "0", true
	}
	e := pointExp + exp
	switch {
	case e > 400:
		return sign + "1e400", true // overflows to infinity
	case e < -400:
		return sign + "0", true
	}
	if len(digits) > maxDigits {
		sticky := strings.Trim(string(digits[maxDigits-1:]), "0") != ""
		digits = digits[:maxDigits-1]
		if sticky {
			digits = append(digits, '1')
		}
	}
	return sign + "0." + string(digits) + "e" + strconv.FormatInt(e, 10), true
}
