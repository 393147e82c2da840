// This file defines the writing half of marshal, CPython's serialization
// format for the values a code object can hold: MarshalDumps writes None,
// bools, ints, floats, complex numbers, str, bytes (and other buffers),
// tuples, lists, dicts, sets, frozensets, Ellipsis, StopIteration and code
// objects. Everything but code objects is byte-compatible with CPython's
// version 0-4 formats; code objects use type code 'c' with a Krait payload
// (code_marshal_code.go), since Krait's bytecode is not CPython's. The
// module-level marshal functions (modules/marshal) and the .pyc cache
// (pycache.go) both use it.

package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unsafe"
)

// MarshalVersion is marshal.version, the format MarshalDumps writes by
// default.
const MarshalVersion = 4

// marshalMaxDepth is CPython's MAX_MARSHAL_STACK_DEPTH.
const marshalMaxDepth = 2000

// marshalFlagRef marks an object that later 'r' records may refer to.
const marshalFlagRef = 0x80

type marshalWriter struct {
	buf       []byte
	version   int
	depth     int
	refs      map[unsafe.Pointer]int32
	small     map[int64]int32 // references to ints CPython caches (-5..256)
	nref      int32
	lastFile  *Str // the str object of the last code object's file name
	codeDepth int  // nesting of the code objects being written
	err       *Exception
}

// MarshalDumps serializes v in marshal format version (0-4).
func MarshalDumps(v Value, version int) ([]byte, *Exception) {
	w := &marshalWriter{version: version, buf: make([]byte, 0, 256)}
	if version >= 3 {
		w.refs = make(map[unsafe.Pointer]int32)
	}
	w.value(v)
	if w.err != nil {
		return nil, w.err
	}
	return w.buf, nil
}

func (w *marshalWriter) byte(b byte) { w.buf = append(w.buf, b) }

func (w *marshalWriter) int32(n int32) {
	w.buf = append(w.buf, byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
}

// size writes a length as CPython's w_long, refusing what does not fit.
func (w *marshalWriter) size(n int) bool {
	if n > math.MaxInt32 {
		w.fail("unmarshallable object")
		return false
	}
	w.int32(int32(n))
	return true
}

func (w *marshalWriter) float64(f float64) {
	u := math.Float64bits(f)
	w.buf = append(w.buf, byte(u), byte(u>>8), byte(u>>16), byte(u>>24), byte(u>>32), byte(u>>40), byte(u>>48), byte(u>>56))
}

func (w *marshalWriter) fail(msg string) {
	if w.err == nil {
		w.err = NewValueError("%s", msg)
	}
}

// ref writes a back-reference if the object v was written before and
// reports whether it did; otherwise it numbers v and writes code with the
// reference flag.
func (w *marshalWriter) ref(v Value, code byte) bool {
	if w.refs == nil {
		w.byte(code)
		return false
	}
	if i, ok := w.refs[v.p]; ok {
		w.byte('r')
		w.int32(i)
		return true
	}
	w.refs[v.p] = w.nref
	w.nref++
	w.byte(code | marshalFlagRef)
	return false
}

// numRef is ref for numbers, which are values in Krait: CPython shares
// the objects of small ints (-5..256) and writes references to them; other
// ints are usually referenced once, so unflagged (but the value passed
// to dumps is referenced by the caller too); floats and complex
// numbers are usually constants also held by a code object, so flagged.
func (w *marshalWriter) numRef(v Value, code byte) bool {
	if w.refs == nil {
		w.byte(code)
		return false
	}
	if v.IsSmallInt() {
		n := v.SmallInt()
		small := n >= -5 && n <= 256
		if !small && w.depth > 1 {
			w.byte(code)
			return false
		}
		if !small {
			w.nref++
			w.byte(code | marshalFlagRef)
			return false
		}
		if w.small == nil {
			w.small = make(map[int64]int32)
		}
		if i, ok := w.small[n]; ok {
			w.byte('r')
			w.int32(i)
			return true
		}
		w.small[n] = w.nref
	} else if v.Type() == IntType && w.depth > 1 {
		w.byte(code)
		return false
	}
	w.nref++
	w.byte(code | marshalFlagRef)
	return false
}

func (w *marshalWriter) value(v Value) {
	if w.err != nil {
		return
	}
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > marshalMaxDepth {
		w.fail("object too deeply nested to marshal")
		return
	}
	switch {
	case v.IsNone():
		w.byte('N')
		return
	case v.Is(True):
		w.byte('T')
		return
	case v.Is(False):
		w.byte('F')
		return
	case v.Is(Ellipsis):
		w.byte('.')
		return
	case v.p == unsafe.Pointer(StopIterationType):
		w.byte('S')
		return
	}
	switch t := v.Type(); t {
	case IntType:
		w.int(v)
	case FloatType:
		w.float(v)
	case ComplexType:
		c := ptrOf[Complex](v)
		if w.version > 1 {
			if !w.numRef(v, 'y') {
				w.float64(c.re)
				w.float64(c.im)
			}
		} else if !w.numRef(v, 'x') {
			w.floatText(c.re)
			w.floatText(c.im)
		}
	case StrType:
		w.str(v.AsStr())
	case TupleType:
		w.tuple(v)
	case ListType:
		if !w.ref(v, '[') {
			w.items(ptrOf[List](v).items, true)
		}
	case DictType:
		w.dict(v)
	case SetType, FrozenSetType:
		code := byte('<')
		if t == FrozenSetType {
			code = '>'
		}
		if !w.ref(v, code) {
			w.items(ptrOf[Set](v).Items(), true)
		}
	case CodeType:
		if !w.ref(v, 'c') {
			w.code(ptrOf[Code](v))
		}
	default:
		b, ok := bytesLike(v)
		if !ok || t == StrType || t.Flags&FlagIntSubclass != 0 {
			w.fail("unmarshallable object")
			return
		}
		if w.ref(v, 's') {
			return
		}
		if w.size(len(b)) {
			w.buf = append(w.buf, b...)
		}
	}
}

func (w *marshalWriter) int(v Value) {
	small, bg, _ := intValue(v)
	if bg == nil && small >= math.MinInt32 && small <= math.MaxInt32 {
		if !w.numRef(v, 'i') {
			w.int32(int32(small))
		}
		return
	}
	if bg == nil {
		bg = big.NewInt(small)
	}
	// 'l': a signed count of 15-bit digits, least significant first.
	mag := new(big.Int).Abs(bg)
	nbits := mag.BitLen()
	digits := make([]uint16, 0, (nbits+14)/15)
	for i := 0; i < nbits; i += 15 {
		var d uint16
		for j := 0; j < 15; j++ {
			d |= uint16(mag.Bit(i+j)) << j
		}
		digits = append(digits, d)
	}
	n := int32(len(digits))
	if bg.Sign() < 0 {
		n = -n
	}
	if w.numRef(v, 'l') {
		return
	}
	w.int32(n)
	for _, d := range digits {
		w.buf = append(w.buf, byte(d), byte(d>>8))
	}
}

func (w *marshalWriter) float(v Value) {
	if w.version > 1 {
		if !w.numRef(v, 'g') {
			w.float64(v.AsFloat())
		}
	} else if !w.numRef(v, 'f') {
		w.floatText(v.AsFloat())
	}
}

// floatText writes a float as versions 0 and 1 do: a length byte and
// repr-like text with 17 significant digits.
func (w *marshalWriter) floatText(f float64) {
	var s string
	switch {
	case math.IsInf(f, 1):
		s = "inf"
	case math.IsInf(f, -1):
		s = "-inf"
	case math.IsNaN(f):
		s = "nan"
	default:
		s = strconv.FormatFloat(f, 'g', 17, 64)
		if mant, exp, ok := strings.Cut(s, "e"); ok {
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			s = mant + "e" + exp
		} else if strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
	}
	w.byte(byte(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *marshalWriter) str(s *Str) {
	ascii := isASCII(s.S)
	var code byte
	switch {
	case w.version >= 4 && ascii && len(s.S) < 256:
		code = 'z'
	case w.version >= 4 && ascii:
		code = 'a'
	case w.version >= 3 && s.interned:
		code = 't'
	default:
		code = 'u'
	}
	if s.interned && (code == 'z' || code == 'a') {
		code -= 'a' - 'A'
	}
	if w.ref(ValueOf(s), code) {
		return
	}
	if code == 'z' || code == 'Z' {
		w.byte(byte(len(s.S)))
	} else if !w.size(len(s.S)) {
		return
	}
	w.buf = append(w.buf, s.S...)
}

func (w *marshalWriter) tuple(v Value) {
	items := ptrOf[Tuple](v).items
	if w.version >= 4 && len(items) < 256 {
		if !w.ref(v, ')') {
			w.byte(byte(len(items)))
			w.items(items, false)
		}
		return
	}
	if !w.ref(v, '(') {
		w.items(items, true)
	}
}

// items writes a sequence's elements, after its int32 count if counted.
func (w *marshalWriter) items(items []Value, counted bool) {
	if counted && !w.size(len(items)) {
		return
	}
	for _, x := range items {
		w.value(x)
	}
}

func (w *marshalWriter) dict(v Value) {
	if w.ref(v, '{') {
		return
	}
	d := ptrOf[Dict](v)
	pos := 0
	for {
		k, x, ok := d.Next(&pos)
		if !ok {
			break
		}
		w.value(k)
		w.value(x)
	}
	w.byte('0')
}
