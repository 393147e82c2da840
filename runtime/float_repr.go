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
	upper := code == 'E' || code == 'F' || code == 'G'
	if upper {
		code += 'a' - 'A'
	}
	neg := math.Signbit(f)
	var b strings.Builder
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if math.IsNaN(f) {
			neg = false // CPython never shows the sign of a nan
		}
		writeSign(&b, neg, flags)
		word := "inf"
		if math.IsNaN(f) {
			word = "nan"
		}
		if upper {
			word = strings.ToUpper(word)
		}
		b.WriteString(word)
		return b.String()
	}
	digits, decpt := floatDigits(math.Abs(f), code, prec)
	if neg && flags&dtsNoNeg0 != 0 && strings.Trim(digits, "0") == "" {
		neg = false
	}
	writeSign(&b, neg, flags)
	layoutDigits(&b, digits, decpt, code, prec, flags, upper)
	return b.String()
}

func writeSign(b *strings.Builder, neg bool, flags dtsFlags) {
	if neg {
		b.WriteByte('-')
	} else if flags&dtsSign != 0 {
		b.WriteByte('+')
	}
}

// floatDigits returns the significant digits of the non-negative finite f, without
// trailing zeros, and decpt such that f ≈ 0.DIGITS × 10^decpt, as David Gay's _Py_dg_dtoa
// does in the mode that code selects (0 shortest, 2 significant digits, 3 fraction digits).
// Go's strconv rounds exactly with ties to even, as dtoa does.
func floatDigits(f float64, code byte, prec int) (string, int) {
	if f == 0 {
		return "0", 1
	}
	switch code {
	case 'f':
		s := strconv.FormatFloat(f, 'f', prec, 64)
		intPart, frac, _ := strings.Cut(s, ".")
		all := intPart + frac
		decpt := len(intPart)
		trimmed := strings.TrimLeft(all, "0")
		decpt -= len(all) - len(trimmed)
		trimmed = strings.TrimRight(trimmed, "0")
		if trimmed == "" {
			return "", -prec // dtoa's "no digits": the value rounds to zero
		}
		return trimmed, decpt
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
	s := strconv.FormatFloat(f, 'e', prec, 64)
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	mant = strings.Replace(mant, ".", "", 1)
	mant = strings.TrimRight(mant, "0")
	return mant, e + 1
}

// layoutDigits writes digits with decimal point decpt in the shape mode code asks for,
// following format_float_short: the output is a slice of the digits padded with zeros on
// both sides, plus an optional exponent.
func layoutDigits(b *strings.Builder, digits string, decpt int, code byte, prec int, flags dtsFlags, upper bool) {
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
		b.WriteString(zeros(decpt - start))
		b.WriteByte('.')
		b.WriteString(zeros(-decpt))
	}
	if decpt > 0 && decpt <= n {
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	} else {
		b.WriteString(digits)
	}
	if n < decpt {
		b.WriteString(zeros(decpt - n))
		b.WriteByte('.')
		b.WriteString(zeros(end - decpt))
	} else {
		b.WriteString(zeros(end - n))
	}
	if !alt {
		s := b.String()
		if strings.HasSuffix(s, ".") {
			b.Reset()
			b.WriteString(s[:len(s)-1])
		}
	}
	if useExp {
		if upper {
			b.WriteByte('E')
		} else {
			b.WriteByte('e')
		}
		if exp < 0 {
			b.WriteByte('-')
			exp = -exp
		} else {
			b.WriteByte('+')
		}
		if exp < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(exp))
	}
}

// zeros returns n zero digits, or nothing when n <= 0.
func zeros(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("0", n)
}
