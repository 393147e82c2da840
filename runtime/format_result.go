// This file defines the results of the builtin __format__ of int, float and
// str as str objects made in one allocation: the text is laid out in a stack
// buffer (or, for a padded str, straight into the new str) and copied with
// the str header, where the general functions return a Go string that then
// needs a header of its own (two allocations per formatted field).

package runtime

import (
	"math"
	"strconv"
	"unsafe"
)

// strFromFormatted returns a new str holding a copy of b, with its length
// recorded when b is ASCII (numbers are, unless the fill character is not).
func strFromFormatted(b []byte) Value {
	r := strValueBytes(b)
	if s := r.AsStr(); s.ascii < 0 && len(b) <= math.MaxInt32 && isASCII(unsafe.String(unsafe.SliceData(b), len(b))) {
		s.n, s.ascii = int32(len(b)), 1
	}
	return r
}

// formatFloatValue is float.__format__ for a non-empty spec.
func formatFloatValue(f float64, spec, typeName string) (Value, *pyErr) {
	fs, err := parseFormatSpec(spec, typeName, 0, '>')
	if err != nil {
		return Value{}, err
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return Value{}, unknownFormatCode(fs.typ, typeName)
	}
	var buf [64]byte
	b, err := appendRenderFloat(buf[:0], f, &fs)
	if err != nil {
		return Value{}, err
	}
	return strFromFormatted(b), nil
}

// formatInt64Value is int.__format__ of a small int for a non-empty spec:
// the integer presentation types that renderInt64 lays out itself are
// written into the result directly; the rest take formatInt64's path.
func formatInt64Value(i int64, spec, typeName string, maxDigits int) (Value, *pyErr) {
	fs, err := parseFormatSpec(spec, typeName, 'd', '>')
	if err != nil {
		return Value{}, err
	}
	switch fs.typ {
	case 'b', 'd', 'o', 'x', 'X', 'n':
		if fs.precision < 0 && !fs.noNeg0 {
			var buf [80]byte
			b, err := appendRenderInt64(buf[:0], i, &fs)
			if err != nil {
				return Value{}, err
			}
			return strFromFormatted(b), nil
		}
	}
	s, err := formatInt64(i, spec, typeName, maxDigits)
	if err != nil {
		return Value{}, err
	}
	return StrValue(s), nil
}

// formatStrValue is str.__format__ for a non-empty spec. An unchanged text
// returns self (even a subclass's), as CPython's writer does; padding is
// written into the new str.
func formatStrValue(self Value, spec, typeName string) (Value, *pyErr) {
	src := self.AsStr()
	fs, err := parseFormatSpec(spec, typeName, 's', '<')
	if err != nil {
		return Value{}, err
	}
	s, n, err := strSpecText(src.S, &fs, typeName)
	if err != nil {
		return Value{}, err
	}
	if fs.width > maxFormatWidth {
		return Value{}, &pyErr{"MemoryError", ""}
	}
	if fs.width <= n {
		if s != "" && s == src.S {
			return self, nil
		}
		return StrValue(s), nil
	}
	left, right, _ := padding(fs.width-n, fs.align)
	var fillBuf [4]byte
	fill := appendCodePoint(fillBuf[:0], fs.fill)
	r, buf := newStrSpace((left+right)*len(fill) + len(s))
	w := 0
	if len(fill) == 1 { // an ASCII fill: store bytes, not a copy call per character
		c := fill[0]
		for ; left > 0; left-- {
			buf[w] = c
			w++
		}
		w += copy(buf[w:], s)
		for ; right > 0; right-- {
			buf[w] = c
			w++
		}
	} else {
		for ; left > 0; left-- {
			w += copy(buf[w:], fill)
		}
		w += copy(buf[w:], s)
		for ; right > 0; right-- {
			w += copy(buf[w:], fill)
		}
	}
	if fs.fill < 0x80 && src.ascii == 1 && fs.width <= math.MaxInt32 {
		r.n, r.ascii = int32(fs.width), 1
	}
	return ValueOf(r), nil
}

// appendFormatted appends format(v, spec) to out when v is an exact int
// (small), float or str, whose __format__ cannot be patched, without making
// the formatted str (str.format writes its fields straight into its output,
// as CPython's writer does). ok is false for any other value, and for the
// specs left to the general path.
func appendFormatted(out []byte, v, spec Value) (_ []byte, ok bool, _ *Exception) {
	sp := spec.AsStr().S
	switch t := v.Type(); {
	case t == StrType:
		if sp == "" {
			return append(out, v.AsStr().S...), true, nil
		}
		fs, err := parseFormatSpec(sp, "str", 's', '<')
		if err != nil {
			return out, true, fromPyErr(err)
		}
		s, n, err := strSpecText(v.AsStr().S, &fs, "str")
		if err == nil {
			out, err = appendPadString(out, s, n, &fs)
		}
		return out, true, excOf(err)
	case t == IntType && v.IsSmallInt():
		if sp == "" {
			return strconv.AppendInt(out, v.SmallInt(), 10), true, nil
		}
		fs, err := parseFormatSpec(sp, "int", 'd', '>')
		if err != nil {
			return out, true, fromPyErr(err)
		}
		switch fs.typ {
		case 'b', 'd', 'o', 'x', 'X', 'n':
			if fs.precision < 0 && !fs.noNeg0 {
				out, err = appendRenderInt64(out, v.SmallInt(), &fs)
				return out, true, excOf(err)
			}
		}
	case t == FloatType:
		f, _ := floatValue(v)
		if sp == "" {
			return appendFloat(out, f, 'r', 0, dtsAddDot0), true, nil
		}
		fs, err := parseFormatSpec(sp, "float", 0, '>')
		if err != nil {
			return out, true, fromPyErr(err)
		}
		switch fs.typ {
		case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
			out, err = appendRenderFloat(out, f, &fs)
			return out, true, excOf(err)
		}
	}
	return out, false, nil
}

// excOf is fromPyErr of a possibly nil error.
func excOf(e *pyErr) *Exception {
	if e == nil {
		return nil
	}
	return fromPyErr(e)
}
