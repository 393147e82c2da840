// This file defines the fast path of str % args for the formats programs
// use in loops ("item%d", "%.2f", "%x-%d", "%05d", "%s: %d"): an ASCII
// format whose conversions are d, i, x, s and f with at most a zero flag,
// a width and (for f) a precision, applied to unboxed ints, floats and
// exact strs. It writes straight into a stack buffer and copies the text
// once into the result; the general machinery (strPercentCtx, which decodes
// the format into code points and goes through hooks per conversion) runs
// for everything else, including every error.

package runtime

import (
	"math"
	"strconv"
	"unsafe"
)

// strModFast returns format % b when format and b have the shapes above;
// ok is false when the general path must run (it then reports errors).
func strModFast(format *Str, b Value) (r Value, ok bool) {
	var one [1]Value
	var args []Value
	switch {
	case b.Type() == TupleType:
		args = ptrOf[Tuple](b).items
	case b.IsSmallInt() || b.IsFloat() || b.Type() == StrType:
		one[0] = b
		args = one[:]
	default:
		return Value{}, false
	}
	if !format.IsASCII() {
		return Value{}, false
	}
	var buf [128]byte
	out, ascii, ok := appendModFast(buf[:0], format.S, args)
	if !ok {
		return Value{}, false
	}
	r = strValueBytes(out)
	if s := r.AsStr(); ascii && s.ascii < 0 && len(out) <= math.MaxInt32 {
		s.n, s.ascii = int32(len(out)), 1
	}
	return r, true
}

// appendModFast appends format % args to out; ascii reports whether the
// text is ASCII (a %s of a non-ASCII str makes it not).
func appendModFast(out []byte, format string, args []Value) (_ []byte, ascii, ok bool) {
	ascii = true
	next := 0
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			j := i + 1
			for j < len(format) && format[j] != '%' {
				j++
			}
			out = append(out, format[i:j]...)
			i = j
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			out = append(out, '%')
			i++
			continue
		}
		var spec modSpec
		if i, ok = spec.parse(format, i); !ok || next >= len(args) {
			return nil, false, false
		}
		var argASCII bool
		if out, argASCII, ok = spec.apply(out, args[next]); !ok {
			return nil, false, false
		}
		ascii = ascii && argASCII
		next++
	}
	return out, ascii, next == len(args)
}

// modSpec is one parsed conversion: %[0][width][.prec]conv.
type modSpec struct {
	zero, left  bool // the '0' and '-' flags
	width, prec int  // prec -1 when absent
	conv        byte
}

// parse reads the conversion after a '%' at format[i:], returning the
// index after it; ok is false for anything beyond the fast path's shapes.
func (m *modSpec) parse(format string, i int) (int, bool) {
	for ; i < len(format) && (format[i] == '0' || format[i] == '-'); i++ {
		if format[i] == '0' {
			m.zero = true
		} else {
			m.left = true
		}
	}
	if m.left {
		m.zero = false // '-' overrides '0', as in C's printf
	}
	m.width, i = modNumber(format, i)
	m.prec = -1
	if i < len(format) && format[i] == '.' {
		m.prec, i = modNumber(format, i+1)
	}
	if i >= len(format) || m.width > 1000 || m.prec > 50 {
		return i, false
	}
	m.conv = format[i]
	switch m.conv {
	case 'd', 'i', 'x':
		return i + 1, m.prec < 0
	case 's', 'r':
		return i + 1, m.prec < 0 && !m.zero
	case 'f':
		return i + 1, true
	}
	return i, false
}

// modNumber reads a decimal number at s[i:] (0 when there are no digits).
func modNumber(s string, i int) (int, int) {
	n := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' && n <= 1000 {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, i
}

// apply appends the conversion of v, reporting whether its text is ASCII;
// ok is false when v is not a value the fast path converts.
func (m *modSpec) apply(out []byte, v Value) (_ []byte, ascii, ok bool) {
	var digits [64]byte
	var text []byte
	switch {
	case m.conv == 's' && v.Type() == StrType:
		s := ptrOf[Str](v)
		ascii := s.IsASCII()
		if !ascii && m.width > 0 {
			return nil, false, false // the width counts code points
		}
		return modPadStr(out, s.S, m.width, m.left), ascii, true
	case m.conv == 'r' && v.Type() == StrType:
		s := ptrOf[Str](v).S
		if !plainReprASCII(s) {
			return nil, false, false // escapes and quote choice: the general path
		}
		if !m.left {
			for pad := m.width - len(s) - 2; pad > 0; pad-- {
				out = append(out, ' ')
			}
		}
		out = append(append(append(out, '\''), s...), '\'')
		if m.left {
			for pad := m.width - len(s) - 2; pad > 0; pad-- {
				out = append(out, ' ')
			}
		}
		return out, true, true
	case (m.conv == 's' || m.conv == 'r') && v.IsFloat():
		text = appendFloat(digits[:0], v.AsFloat(), 'r', 0, dtsAddDot0)
	case (m.conv == 'd' || m.conv == 'i' || m.conv == 's' || m.conv == 'r') && v.IsSmallInt():
		text = strconv.AppendInt(digits[:0], v.SmallInt(), 10)
	case m.conv == 'x' && v.IsSmallInt():
		text = strconv.AppendInt(digits[:0], v.SmallInt(), 16)
	case m.conv == 'f' && (v.IsFloat() || v.IsSmallInt()):
		f := float64(v.SmallInt())
		if v.IsFloat() {
			f = v.AsFloat()
		}
		if math.IsInf(f, 0) || math.IsNaN(f) || math.Abs(f) >= 1e50 {
			return nil, false, false
		}
		prec := m.prec
		if prec < 0 {
			prec = 6
		}
		text = strconv.AppendFloat(digits[:0], f, 'f', prec, 64)
	default:
		return nil, false, false
	}
	if m.left {
		return modPadStr(out, unsafe.String(unsafe.SliceData(text), len(text)), m.width, true), true, true
	}
	return modPad(out, text, m.width, m.zero), true, true
}

// modPadStr appends ASCII text padded with spaces to width, on the right
// when left (the '-' flag), else on the left.
func modPadStr(out []byte, text string, width int, left bool) []byte {
	pad := width - len(text)
	if !left {
		for ; pad > 0; pad-- {
			out = append(out, ' ')
		}
	}
	out = append(out, text...)
	for ; pad > 0; pad-- {
		out = append(out, ' ')
	}
	return out
}

// modPad appends text right-aligned in width: with zero, zeros go after
// the sign, as CPython's %05d gives -0042; otherwise spaces go before it.
func modPad(out, text []byte, width int, zero bool) []byte {
	pad := width - len(text)
	if pad <= 0 {
		return append(out, text...)
	}
	if !zero {
		for ; pad > 0; pad-- {
			out = append(out, ' ')
		}
		return append(out, text...)
	}
	if text[0] == '-' {
		out = append(out, '-')
		text = text[1:]
	}
	for ; pad > 0; pad-- {
		out = append(out, '0')
	}
	return append(out, text...)
}
