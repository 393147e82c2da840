// This file defines float-to-string conversion as CPython's PyOS_double_to_string does it:
// repr(float), and the 'e', 'f', 'g' and 'r' modes that format() and '%' build on.
package runtime

import (
	"math"
	"strconv"
	"strings"
)

// dtsFlags are the options of floatToString, named after CPython's Py_DTSF_* flags.
type dtsFlags uint8

const (
	dtsSign    dtsFlags = 1 << iota // always emit a sign, '+' for non-negative values
	dtsAddDot0                      // append ".0" to results that look like integers
	dtsAlt                          // alternate form: keep the decimal point and trailing zeros
	dtsNoNeg0                       // drop the sign of a result that rounds to zero ('z')
)

// floatRepr returns repr(f) (and str(f), which is the same in Python 3).
func floatRepr(f float64) string {
	return floatToString(f, 'r', 0, dtsAddDot0)
}

// floatToString formats f in one of the modes 'e', 'E', 'f', 'F', 'g', 'G' (precision prec)
// or 'r' (shortest round-trip digits, prec ignored), exactly as PyOS_double_to_string.
func floatToString(f float64, code byte, prec int, flags dtsFlags) string {
	var buf [40]byte
	return string(appendFloat(buf[:0], f, code, prec, flags))
}

// appendFloat appends floatToString(f, code, prec, flags) to b.
func appendFloat(b []byte, f float64, code byte, prec int, flags dtsFlags) []byte {
	upper := code == 'E' || code == 'F' || code == 'G'
	if upper {
		code += 'a' - 'A'
	}
	neg := math.Signbit(f)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		word := "inf"
		if math.IsNaN(f) {
			neg, word = false, "nan" // CPython never shows the sign of a nan
		}
		if upper {
			word = strings.ToUpper(word)
		}
		return append(appendSign(b, neg, flags), word...)
	}
	var dbuf [32]byte
	digits, decpt := floatDigits(dbuf[:0], math.Abs(f), code, prec)
	if neg && flags&dtsNoNeg0 != 0 && allZeros(digits) {
		neg = false
	}
	b = appendSign(b, neg, flags)
	return layoutDigits(b, digits, decpt, code, prec, flags, upper)
}

func allZeros(digits []byte) bool {
	for _, d := range digits {
		if d != '0' {
			return false
		}
	}
	return true
}

func appendSign(b []byte, neg bool, flags dtsFlags) []byte {
	if neg {
		return append(b, '-')
	} else if flags&dtsSign != 0 {
		return append(b, '+')
	}
	return b
}

// floatDigits appends to buf the significant digits of the non-negative finite f, without
// trailing zeros, and returns them with decpt such that f ≈ 0.DIGITS × 10^decpt, as David
// Gay's _Py_dg_dtoa does in the mode that code selects (0 shortest, 2 significant digits,
// 3 fraction digits). Go's strconv rounds exactly with ties to even, as dtoa does.
func floatDigits(buf []byte, f float64, code byte, prec int) ([]byte, int) {
	if f == 0 {
		return append(buf, '0'), 1
	}
	if code == 'f' {
		s := strconv.AppendFloat(buf, f, 'f', prec, 64)
		dot := len(s) // the integer part ends at the point, if any
		for i, c := range s {
			if c == '.' {
				dot = i
				s = append(s[:i], s[i+1:]...)
				break
			}
		}
		lead := 0
		for lead < len(s) && s[lead] == '0' {
			lead++
		}
		s = trimZeros(s[lead:])
		if len(s) == 0 {
			return s, -prec // dtoa's "no digits": the value rounds to zero
		}
		return s, dot - lead
	}
	switch code {
	case 'r':
		prec = -1
	case 'e':
		prec++
	case 'g':
		if prec == 0 {
			prec = 1
		}
	}
	if prec > 0 {
		prec-- // strconv counts digits after the first
	}
	s := strconv.AppendFloat(buf, f, 'e', prec, 64)
	e := len(s) - 1
	for s[e] != 'e' {
		e--
	}
	exp := 0
	for _, c := range s[e+2:] {
		exp = exp*10 + int(c-'0')
	}
	if s[e+1] == '-' {
		exp = -exp
	}
	s = s[:e]
	if len(s) > 1 { // drop the point after the first digit
		s = append(s[:1], s[2:]...)
	}
	return trimZeros(s), exp + 1
}

func trimZeros(s []byte) []byte {
	for len(s) > 0 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return s
}

// layoutDigits appends digits with decimal point decpt in the shape mode code asks for,
// following format_float_short: the output is a slice of the digits padded with zeros on
// both sides, plus an optional exponent.
func layoutDigits(b, digits []byte, decpt int, code byte, prec int, flags dtsFlags, upper bool) []byte {
	alt := flags&dtsAlt != 0
	addDot0 := flags&dtsAddDot0 != 0
	end := len(digits)
	useExp := false
	switch code {
	case 'e':
		useExp = true
		end = prec + 1
	case 'f':
		end = decpt + prec
	case 'g':
		if prec == 0 {
			prec = 1
		}
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			end = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	start := 0
	if decpt <= 0 {
		start = decpt - 1
	}
	if !useExp && addDot0 {
		end = max(end, decpt+1)
	} else {
		end = max(end, decpt)
	}
	n := len(digits)
	if decpt <= 0 {
		b = appendZeros(b, decpt-start)
		b = append(b, '.')
		b = appendZeros(b, -decpt)
	}
	if decpt > 0 && decpt <= n {
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	} else {
		b = append(b, digits...)
	}
	if n < decpt {
		b = appendZeros(b, decpt-n)
		b = append(b, '.')
		b = appendZeros(b, end-decpt)
	} else {
		b = appendZeros(b, end-n)
	}
	if !alt && b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	if useExp {
		e := byte('e')
		if upper {
			e = 'E'
		}
		b = append(b, e)
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return b
}

// appendZeros appends n zero digits, or nothing when n <= 0.
func appendZeros(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, '0')
	}
	return b
}
