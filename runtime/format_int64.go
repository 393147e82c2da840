// This file defines int.__format__ for an int that fits an int64 without
// math/big: the same spec handling as renderInt, with the digits from
// strconv (an int64 has at most 20 digits, far below int_max_str_digits).

package runtime

import (
	"math/big"
	"strconv"
	"unsafe"
)

// renderInt64 is renderInt for a small int.
func renderInt64(i int64, fs *formatSpec) (string, *pyErr) {
	if fs.precision >= 0 || fs.noNeg0 || fs.typ == 'c' {
		return renderInt(big.NewInt(i), fs, 0) // their checks and messages
	}
	var buf [80]byte
	b, err := appendRenderInt64(buf[:0], i, fs)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// appendRenderInt64 appends renderInt64's result to dst, for a spec that
// renderInt64 does not hand to renderInt.
func appendRenderInt64(dst []byte, i int64, fs *formatSpec) ([]byte, *pyErr) {
	base, prefix := 10, ""
	switch fs.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	u := uint64(i)
	if i < 0 {
		u = -u
	}
	p := numberParts{neg: i < 0}
	if fs.alternate {
		p.prefix = prefix
	}
	if fs.sign != '+' && fs.sign != ' ' && fs.width < 0 && fs.typ != 'n' && fs.typ != 'X' && fs.group == groupNone {
		if p.neg {
			dst = append(dst, '-')
		}
		return strconv.AppendUint(append(dst, p.prefix...), u, base), nil
	}
	var buf [72]byte
	digits := strconv.AppendUint(buf[:0], u, base)
	p.digits = unsafe.String(unsafe.SliceData(digits), len(digits))
	if fs.typ == 'n' {
		fs.group = groupLocale
	}
	return appendLayoutNumber(dst, p, fs, fs.typ == 'X')
}
