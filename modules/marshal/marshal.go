// Package marshal is the marshal module: CPython's serialization format
// (version 4) for None, bools, ints, floats, complex numbers, str, bytes,
// tuples, lists, dicts, sets, frozensets, Ellipsis and StopIteration.
// Code objects are not marshalled yet: Krait's compiled-code cache will
// give them their own representation.
package marshal

import (
	"math"
	"math/big"

	"krait/runtime"
)

// Version is marshal.version.
const Version = 4

// Module is the marshal module's definition.
var Module = &runtime.ModuleDef{
	Name: "marshal",
	Doc:  "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.",
	Methods: []runtime.Method{
		{Name: "dumps", Sig: "value, version=, /", Fn: marshal_dumps},
		{Name: "loads", Sig: "bytes, /", Flags: runtime.MethO, Fn: marshal_loads},
		{Name: "dump", Sig: "value, file, version=, /", Fn: marshal_dump},
		{Name: "load", Sig: "file, /", Flags: runtime.MethO, Fn: marshal_load},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("version", runtime.Int(Version))
		return nil
	},
}

const flagRef = 0x80

type writer struct {
	buf     []byte
	version int
	depth   int
	refs    map[uintptr]int
}

func marshal_dumps(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := dumps(a[0], a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.NewBytes(b), nil
}

func marshal_dump(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := dumps(a[0], a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	w, err := runtime.GetAttrString(a[1], "write")
	if err != nil {
		return runtime.Value{}, err
	}
	if _, err := runtime.Call(w, []runtime.Value{runtime.NewBytes(b)}, nil); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func dumps(v, version runtime.Value) ([]byte, *runtime.Exception) {
	w := &writer{version: Version, refs: map[uintptr]int{}}
	if !version.IsNull() {
		n, _, ok := runtime.IntParts(version)
		if !ok {
			return nil, runtime.NewTypeError("'%s' object cannot be interpreted as an integer", version.Type().Name)
		}
		w.version = int(n)
	}
	if err := w.value(v); err != nil {
		return nil, err
	}
	return w.buf, nil
}

func (w *writer) byte(b byte) { w.buf = append(w.buf, b) }

func (w *writer) int32(n int32) {
	w.buf = append(w.buf, byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
}

func (w *writer) float(f float64) {
	u := math.Float64bits(f)
	for i := 0; i < 8; i++ {
		w.buf = append(w.buf, byte(u>>(8*i)))
	}
}

// ref writes a back-reference if v was written before and reports whether
// it did; otherwise it remembers v and flags its type code for reference.
func (w *writer) ref(v runtime.Value, code byte) bool {
	if w.version < 3 {
		w.byte(code)
		return false
	}
	p := v.Ptr()
	if i, ok := w.refs[p]; ok {
		w.byte('r')
		w.int32(int32(i))
		return true
	}
	w.refs[p] = len(w.refs)
	w.byte(code | flagRef)
	return false
}

func (w *writer) value(v runtime.Value) *runtime.Exception {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > 2000 {
		return runtime.NewValueError("object too deeply nested to marshal")
	}
	switch {
	case v.IsNone():
		w.byte('N')
		return nil
	case v.Is(runtime.True):
		w.byte('T')
		return nil
	case v.Is(runtime.False):
		w.byte('F')
		return nil
	case v.Is(runtime.Ellipsis):
		w.byte('.')
		return nil
	case v.Is(runtime.ExceptionTypeByName("StopIteration").Value()):
		w.byte('S')
		return nil
	}
	t := v.Type()
	switch t {
	case runtime.IntType:
		w.int(v)
	case runtime.FloatType:
		w.byte('g')
		w.float(v.AsFloat())
	case runtime.ComplexType:
		re, im, _ := runtime.ComplexParts(v)
		w.byte('y')
		w.float(re)
		w.float(im)
	case runtime.StrType:
		w.str(v)
	case runtime.BytesType, runtime.ByteArrayType:
		b, _ := runtime.BytesLike(v)
		if t == runtime.ByteArrayType || !w.ref(v, 's') {
			if t == runtime.ByteArrayType {
				w.byte('s')
			}
			w.int32(int32(len(b)))
			w.buf = append(w.buf, b...)
		}
	case runtime.TupleType:
		return w.tuple(v)
	case runtime.ListType:
		return w.seq(v, '[')
	case runtime.DictType:
		return w.dict(v)
	case runtime.SetType:
		return w.seq(v, '<')
	case runtime.FrozenSetType:
		return w.seq(v, '>')
	default:
		return runtime.NewValueError("unmarshallable object")
	}
	return nil
}

func (w *writer) int(v runtime.Value) {
	small, bg, _ := runtime.IntParts(v)
	if bg == nil && small >= math.MinInt32 && small <= math.MaxInt32 {
		w.byte('i' | flagRef)
		w.int32(int32(small))
		return
	}
	if bg == nil {
		bg = big.NewInt(small)
	}
	// 'l': sign-carrying count of 15-bit digits, least significant first.
	mag := new(big.Int).Abs(bg)
	var digits []uint16
	for mag.Sign() > 0 {
		digits = append(digits, uint16(new(big.Int).And(mag, big.NewInt(0x7fff)).Int64()))
		mag.Rsh(mag, 15)
	}
	n := int32(len(digits))
	if bg.Sign() < 0 {
		n = -n
	}
	w.byte('l' | flagRef)
	w.int32(n)
	for _, d := range digits {
		w.buf = append(w.buf, byte(d), byte(d>>8))
	}
}

func (w *writer) str(v runtime.Value) {
	s := v.AsStr().S
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if w.ref(v, strCode(ascii, len(s), w.version)) {
		return
	}
	switch {
	case ascii && len(s) < 256 && w.version >= 4:
		w.byte(byte(len(s)))
	default:
		w.int32(int32(len(s)))
	}
	w.buf = append(w.buf, s...)
}

func strCode(ascii bool, n, version int) byte {
	switch {
	case !ascii || version < 4:
		return 'u'
	case n < 256:
		return 'z'
	}
	return 'a'
}

func (w *writer) tuple(v runtime.Value) *runtime.Exception {
	items := v.AsTuple().Items()
	code := byte('(')
	if len(items) < 256 && w.version >= 4 {
		code = ')'
	}
	if w.ref(v, code) {
		return nil
	}
	if code == ')' {
		w.byte(byte(len(items)))
	} else {
		w.int32(int32(len(items)))
	}
	for _, x := range items {
		if err := w.value(x); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) seq(v runtime.Value, code byte) *runtime.Exception {
	if w.ref(v, code) {
		return nil
	}
	items, err := collect(v)
	if err != nil {
		return err
	}
	w.int32(int32(len(items)))
	for _, x := range items {
		if err := w.value(x); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) dict(v runtime.Value) *runtime.Exception {
	if w.ref(v, '{') {
		return nil
	}
	d, _ := v.TryDict()
	pos := 0
	for {
		k, x, ok := d.Next(&pos)
		if !ok {
			break
		}
		if err := w.value(k); err != nil {
			return err
		}
		if err := w.value(x); err != nil {
			return err
		}
	}
	w.byte('0')
	return nil
}

func collect(v runtime.Value) ([]runtime.Value, *runtime.Exception) {
	it, err := runtime.Iter(v)
	if err != nil {
		return nil, err
	}
	var out []runtime.Value
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return out, nil
		}
		out = append(out, x)
	}
}
