// This file defines float(str), float.fromhex and float.hex as CPython 3.11 does them.
package runtime

import (
	"krait/internal/strtod"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// parseFloat converts s as float(s) does for a str: Unicode whitespace and digits,
// underscores between digits, "inf", "infinity" and "nan" in any case with a sign; hex is
// refused (that is float.fromhex). Overflow gives an infinity, underflow a zero.
func parseFloat(s string) (float64, *pyErr) {
	f, ok := parseFloatASCII(toASCIINumber(s))
	if !ok {
		return 0, valueError("could not convert string to float: %s", unicodeRepr(s))
	}
	return f, nil
}

// parseFloatBytes converts b as float(b) does for bytes and bytearray, which get no
// Unicode transformation; the message shows the bytes' repr, given by the caller.
func parseFloatBytes(b []byte, repr string) (float64, *pyErr) {
	f, ok := parseFloatASCII(string(b))
	if !ok {
		return 0, valueError("could not convert string to float: %s", repr)
	}
	return f, nil
}

func parseFloatASCII(s string) (float64, bool) {
	if strings.IndexByte(s, '_') >= 0 {
		var ok bool
		if s, ok = dropUnderscores(s); !ok {
			return 0, false
		}
	}
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	s = strings.TrimRight(s, " \t\n\v\f\r")
	if f, ok := parseInfNan(s); ok {
		return f, true
	}
	if !isDecimalFloat(s) {
		return 0, false
	}
	f, err := strtod.ParseFloat(s)
	if err != nil && !isRangeError(err) {
		return 0, false
	}
	return f, true
}

func isRangeError(err error) bool {
	e, ok := err.(*strconv.NumError)
	return ok && e.Err == strconv.ErrRange
}

// dropUnderscores removes underscores that each sit between two digits, and fails on
// any other underscore or a NUL, as _Py_string_to_number_with_underscores does.
func dropUnderscores(s string) (string, bool) {
	if strings.IndexByte(s, 0) >= 0 {
		return "", false
	}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	b := make([]byte, 0, len(s))
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !isDigit(prev) {
				return "", false
			}
		} else {
			if prev == '_' && !isDigit(c) {
				return "", false
			}
			b = append(b, c)
		}
		prev = c
	}
	return string(b), prev != '_'
}

// parseInfNan recognizes [sign](inf|infinity|nan) in any case, as _Py_parse_inf_or_nan.
// A negative nan keeps its sign bit.
func parseInfNan(s string) (float64, bool) {
	sign := 1.0
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return math.Inf(int(sign)), true
	case "nan":
		return math.Copysign(NaN, sign), true
	}
	return 0, false
}

// isDecimalFloat checks the syntax David Gay's strtod accepts:
// [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits].
func isDecimalFloat(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

// floatHex returns float.hex(f): "0x1.8000000000000p+1", with a leading 0 digit for
// subnormals, and repr() for inf and nan.
func floatHex(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return floatRepr(f)
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(f)
	exp := int(b>>52&0x7ff) - 1023
	lead := "1"
	if exp == -1023 { // subnormal: 0.mantissa × 2^-1022
		lead, exp = "0", -1022
	}
	mant := strconv.FormatUint(b&(1<<52-1), 16)
	mant = strings.Repeat("0", 13-len(mant)) + mant
	es := "+"
	if exp < 0 {
		es, exp = "-", -exp
	}
	return sign + "0x" + lead + "." + mant + "p" + es + strconv.Itoa(exp)
}

// floatFromHex converts s as float.fromhex does:
// [ws] [sign] ([0x] hexdigits [. hexdigits] [p [sign] digits] | inf | nan) [ws].
func floatFromHex(s string) (float64, *pyErr) {
	parseErr := valueError("invalid hexadecimal floating-point string")
	t := strings.TrimLeft(s, " \t\n\v\f\r")
	end := len(strings.TrimRight(t, " \t\n\v\f\r"))
	if f, ok := parseInfNan(t[:end]); ok {
		return f, nil
	}
	t = t[:end]
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg, t = t[0] == '-', t[1:]
	}
	if len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	i := 0
	for i < len(t) && isHexDigit(t[i]) {
		i++
	}
	intDigits := t[:i]
	fracDigits := ""
	if i < len(t) && t[i] == '.' {
		j := i + 1
		for j < len(t) && isHexDigit(t[j]) {
			j++
		}
		fracDigits, i = t[i+1:j], j
	}
	if intDigits == "" && fracDigits == "" {
		return 0, parseErr
	}
	exp, rest := int64(0), t[i:]
	if rest != "" && (rest[0] == 'p' || rest[0] == 'P') {
		var ok bool
		if exp, rest, ok = parseHexExponent(rest[1:]); !ok {
			return 0, parseErr
		}
	}
	// As in CPython, an overflow is reported before trailing garbage.
	f, err := hexToFloat(intDigits+fracDigits, exp-4*int64(len(fracDigits)))
	if err != nil {
		return 0, err
	}
	if rest != "" {
		return 0, parseErr
	}
	if neg {
		f = -f
	}
	return f, nil
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// parseHexExponent parses [sign] digits at the start of s and returns the rest; the
// value saturates far outside the range where the result is anything but zero or an
// overflow.
func parseHexExponent(s string) (int64, string, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	i := 0
	var e int64
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if e < 1<<40 {
			e = e*10 + int64(s[i]-'0')
		}
	}
	if i == 0 {
		return 0, s, false
	}
	if neg {
		e = -e
	}
	return e, s[i:], true
}

// hexToFloat rounds digits × 2^exp to the nearest float, ties to even.
func hexToFloat(digits string, exp int64) (float64, *pyErr) {
	digits = strings.TrimLeft(digits, "0")
	if digits == "" {
		return 0, nil
	}
	// topExp is one more than the exponent of the most significant bit.
	lead := digitValue(digits[0])
	topExp := exp + 4*int64(len(digits)-1)
	for ; lead != 0; lead >>= 1 {
		topExp++
	}
	if topExp < -1074-1 {
		return 0, nil
	}
	if topExp > 1024 {
		return 0, overflowError("hexadecimal value too large to represent as a float")
	}
	if len(digits) <= 13 && topExp > -1021 { // at most 52 bits, a normal result: exact
		m, _ := strconv.ParseUint(digits, 16, 64)
		return math.Ldexp(float64(m), int(exp)), nil
	}
	m, _ := new(big.Int).SetString(digits, 16)
	f, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(m), int(exp)).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("hexadecimal value too large to represent as a float")
	}
	return f, nil
}

// parseComplex converts s as complex(s) does: "<float>", "<float>j",
// "<float><signed-float>j" (and the old forms "<float><sign>j", "<sign>j", "j"),
// optionally in parentheses, with whitespace around, underscores between digits and
// Unicode digits and spaces.
func parseComplex(s string) (re, im float64, err *pyErr) {
	t := toASCIINumber(s)
	if strings.IndexByte(t, '_') >= 0 {
		var ok bool
		if t, ok = dropUnderscores(t); !ok {
			return 0, 0, valueError("could not convert string to complex: %s", unicodeRepr(s))
		}
	}
	re, im, ok := parseComplexASCII(t)
	if !ok {
		return 0, 0, valueError("complex() arg is a malformed string")
	}
	return re, im, nil
}

func parseComplexASCII(s string) (re, im float64, ok bool) {
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	bracket := strings.HasPrefix(s, "(")
	if bracket {
		s = strings.TrimLeft(s[1:], " \t\n\v\f\r")
	}
	isJ := func(s string) bool { return s != "" && (s[0] == 'j' || s[0] == 'J') }
	if z, n := parseDoublePrefix(s); n > 0 {
		s = s[n:]
		switch {
		case s != "" && (s[0] == '+' || s[0] == '-'):
			re = z
			if y, m := parseDoublePrefix(s); m > 0 {
				im, s = y, s[m:]
			} else {
				im, s = signOne(s[0]), s[1:]
			}
			if !isJ(s) {
				return 0, 0, false
			}
			s = s[1:]
		case isJ(s):
			im, s = z, s[1:]
		default:
			re = z
		}
	} else {
		im = 1
		if s != "" && (s[0] == '+' || s[0] == '-') {
			im, s = signOne(s[0]), s[1:]
		}
		if !isJ(s) {
			return 0, 0, false
		}
		s = s[1:]
	}
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	if bracket {
		if !strings.HasPrefix(s, ")") {
			return 0, 0, false
		}
		s = strings.TrimLeft(s[1:], " \t\n\v\f\r")
	}
	return re, im, s == ""
}

func signOne(c byte) float64 {
	if c == '-' {
		return -1
	}
	return 1
}

// parseDoublePrefix parses the longest prefix of s that is a float as C's strtod in
// CPython reads it ([sign] digits [. digits] [exponent], or [sign] inf, infinity or
// nan) and returns its value and length, or a length of 0.
func parseDoublePrefix(s string) (float64, int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n > 0 {
		if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
			save := i
			i++
			if i < len(s) && (s[i] == '+' || s[i] == '-') {
				i++
			}
			if digits() == 0 {
				i = save // an exponent needs digits: "1e" is 1 followed by "e"
			}
		}
		f, err := strtod.ParseFloat(s[:i])
		if err != nil && !isRangeError(err) {
			return 0, 0
		}
		return f, i
	}
	// Not a decimal: [sign] infinity, inf or nan.
	sign := 0
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign = 1
	}
	rest := strings.ToLower(s[sign:min(len(s), sign+8)])
	for _, word := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(rest, word) {
			f, _ := parseInfNan(s[:sign+len(word)])
			return f, sign + len(word)
		}
	}
	return 0, 0
}
