// This file defines int.__format__ for an int that fits an int64 without
// math/big: the same spec handling as renderInt, with the digits from
// strconv (an int64 has at most 20 digits, far below int_max_str_digits).

package runtime

import (
	"math/big"
	"strconv"
)

// renderInt64 is renderInt for a small int.
func renderInt64(i int64, fs *formatSpec) (string, *pyErr) {
	if fs.precision >= 0 || fs.noNeg0 || fs.typ == 'c' {
		return renderInt(big.NewInt(i), fs, 0) // their checks and messages
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
	u := uint64(i)
	if i < 0 {
		u = -u
	}
	var buf [72]byte
	digits := strconv.AppendUint(buf[:0], u, base)
	p := numberParts{neg: i < 0}
	if fs.alternate {
		p.prefix = prefix
	}
	if fs.sign != '+' && fs.sign != ' ' && fs.width < 0 && fs.typ != 'n' && fs.typ != 'X' && fs.group == groupNone {
		if !p.neg && p.prefix == "" {
			return string(digits), nil
		}
		out := make([]byte, 0, 1+len(p.prefix)+len(digits))
		if p.neg {
			out = append(out, '-')
		}
		out = append(append(out, p.prefix...), digits...)
		return string(out), nil
	}
	p.digits = string(digits)
	if fs.typ == 'n' {
		fs.group = groupLocale
	}
	return layoutNumber(p, fs, fs.typ == 'X')
}
