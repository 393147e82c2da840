// This file defines int-to-string conversion: str(int) with CPython 3.11's limit on
// decimal digits, and int.__format__ with the b c d o x X n and float presentation types.
package runtime

import (
	"math"
	"math/big"
	"strconv"
)

// defaultIntMaxStrDigits is sys.int_info.default_max_str_digits: int<->str conversions in a
// non-power-of-two base refuse numbers with more digits (sys.set_int_max_str_digits).
const defaultIntMaxStrDigits = 4300

// intToDecimal returns str(x), or the ValueError CPython raises when x has more than
// maxDigits decimal digits (maxDigits 0 means no limit).
func intToDecimal(x *big.Int, maxDigits int) (string, *pyErr) {
	// Rule out huge numbers before the quadratic conversion: 2^bits has more than
	// bits*log10(2) digits.
	if maxDigits > 0 && float64(x.BitLen()-1)*math.Log10(2) > float64(maxDigits)+1 {
		return "", intStrLimitError(maxDigits)
	}
	s := x.String()
	n := len(s)
	if x.Sign() < 0 {
		n--
	}
	if maxDigits > 0 && n > maxDigits {
		return "", intStrLimitError(maxDigits)
	}
	return s, nil
}

func intStrLimitError(maxDigits int) *pyErr {
	return valueError("Exceeds the limit (%d digits) for integer string conversion; "+
		"use sys.set_int_max_str_digits() to increase the limit", maxDigits)
}

// formatInt64 is formatInt for a small int.
func formatInt64(i int64, spec, typeName string, maxDigits int) (string, *pyErr) {
	if spec == "" {
		return strconv.FormatInt(i, 10), nil
	}
	fs, err := parseFormatSpec(spec, typeName, 'd', '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 'b', 'd', 'o', 'x', 'X', 'n':
		return renderInt64(i, &fs)
	}
	return formatInt(big.NewInt(i), spec, typeName, maxDigits)
}

// formatInt renders x under spec as int.__format__ does; typeName names the object's type
// in error messages and maxDigits is the current int_max_str_digits. For an empty spec
// CPython returns str(self), which for a subclass (bool, an IntEnum) is not this
// function's decimal form: the caller handles that case.
func formatInt(x *big.Int, spec, typeName string, maxDigits int) (string, *pyErr) {
	if spec == "" {
		return intToDecimal(x, maxDigits)
	}
	fs, err := parseFormatSpec(spec, typeName, 'd', '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		return renderInt(x, &fs, maxDigits)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := intToFloat(x)
		if err != nil {
			return "", err
		}
		return renderFloat(f, &fs)
	}
	return "", unknownFormatCode(fs.typ, typeName)
}

// intToFloat converts x to the nearest float (ties to even), as PyLong_AsDouble does.
func intToFloat(x *big.Int) (float64, *pyErr) {
	if x.IsInt64() && math.Abs(float64(x.Int64())) < 1<<53 {
		return float64(x.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("int too large to convert to float")
	}
	return f, nil
}

func renderInt(x *big.Int, fs *formatSpec, maxDigits int) (string, *pyErr) {
	if fs.precision >= 0 {
		return "", valueError("Precision not allowed in integer format specifier")
	}
	if fs.noNeg0 {
		return "", valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if fs.typ == 'c' {
		return renderIntChar(x, fs)
	}
	base, prefix := 10, ""
	switch fs.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	var digits string
	if base == 10 {
		var err *pyErr
		if digits, err = intToDecimal(new(big.Int).Abs(x), maxDigits); err != nil {
			return "", err
		}
	} else {
		digits = new(big.Int).Abs(x).Text(base)
	}
	p := numberParts{neg: x.Sign() < 0, digits: digits}
	if fs.alternate {
		p.prefix = prefix
	}
	if fs.sign != '+' && fs.sign != ' ' && fs.width < 0 && fs.typ != 'n' && fs.typ != 'X' && fs.group == groupNone {
		if p.neg {
			return "-" + p.prefix + digits, nil
		}
		return p.prefix + digits, nil
	}
	if fs.typ == 'n' {
		fs.group = groupLocale
	}
	return layoutNumber(p, fs, fs.typ == 'X')
}

// renderIntChar implements the 'c' type: the character with code point x.
func renderIntChar(x *big.Int, fs *formatSpec) (string, *pyErr) {
	if fs.sign != 0 {
		return "", valueError("Sign not allowed with integer format specifier 'c'")
	}
	if fs.alternate {
		return "", valueError("Alternate form (#) not allowed with integer format specifier 'c'")
	}
	if !x.IsInt64() {
		return "", overflowError("Python int too large to convert to C long")
	}
	c := x.Int64()
	if c < 0 || c > 0x10ffff {
		return "", overflowError("%%c arg not in range(0x110000)")
	}
	// The character is laid out as a number's "rest": it is padded but never grouped.
	return layoutNumber(numberParts{rest: string(appendCodePoint(nil, rune(c)))}, fs, false)
}

// intToBytes returns x.to_bytes(length, byteorder, signed=signed) (the caller checks
// that length >= 0 and the byteorder name): two's complement when signed.
func intToBytes(x *big.Int, length int, little, signed bool) ([]byte, *pyErr) {
	if x.Sign() < 0 && !signed {
		return nil, overflowError("can't convert negative int to unsigned")
	}
	bits := 8 * length
	limit := new(big.Int).Lsh(big.NewInt(1), uint(bits))
	v := new(big.Int).Set(x)
	if signed {
		half := new(big.Int).Rsh(limit, 1)
		if bits == 0 {
			// No bytes: only 0 and -1 (all sign bits) fit, as in CPython.
			if x.Sign() != 0 && x.Cmp(big.NewInt(-1)) != 0 {
				return nil, overflowError("int too big to convert")
			}
		} else if x.Cmp(half) >= 0 || x.Cmp(new(big.Int).Neg(half)) < 0 {
			return nil, overflowError("int too big to convert")
		}
		if x.Sign() < 0 {
			v.Add(v, limit)
		}
	} else if x.Cmp(limit) >= 0 {
		return nil, overflowError("int too big to convert")
	}
	b := v.FillBytes(make([]byte, length))
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	return b, nil
}

// intFromBytes returns int.from_bytes(b, byteorder, signed=signed).
func intFromBytes(b []byte, little, signed bool) *big.Int {
	be := b
	if little {
		be = make([]byte, len(b))
		for i, c := range b {
			be[len(b)-1-i] = c
		}
	}
	x := new(big.Int).SetBytes(be)
	if signed && len(be) > 0 && be[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(be))))
	}
	return x
}

// intToBase returns bin(x), oct(x) or hex(x) for base 2, 8 or 16: the sign, the
// prefix, then the digits ("-0x1f"). Power-of-two bases have no digit limit.
func intToBase(x *big.Int, base int) string {
	prefix := map[int]string{2: "0b", 8: "0o", 16: "0x"}[base]
	if x.Sign() < 0 {
		return "-" + prefix + new(big.Int).Neg(x).Text(base)
	}
	return prefix + x.Text(base)
}
