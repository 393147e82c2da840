// This file reads and writes the fixed-size numeric C types (the _type_
// codes b B h H i I l L q Q ? f d) in a ctypes object's memory: the fast
// path of simple .value, structure fields and array items. Other codes
// (characters, strings, pointers, long double, py_object) and values that
// need Python's conversions go through the Python layer.

package ctypes

import (
	"encoding/binary"
	"math"
	"math/big"

	kr "krait/runtime"
)

// codeSize is the size of a fast code, or 0 for codes the Python layer
// converts.
func codeSize(code byte) int {
	switch code {
	case 'b', 'B', '?':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'd':
		return 8
	}
	return 0
}

func order(big bool) binary.ByteOrder {
	if big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// loadCode returns the value of code stored in mem (len(mem) is the
// code's size).
func loadCode(mem []byte, code byte, bigEndian bool) kr.Value {
	o := order(bigEndian)
	switch code {
	case 'b':
		return kr.Int(int64(int8(mem[0])))
	case 'B':
		return kr.Int(int64(mem[0]))
	case '?':
		return kr.Bool(mem[0] != 0)
	case 'h':
		return kr.Int(int64(int16(o.Uint16(mem))))
	case 'H':
		return kr.Int(int64(o.Uint16(mem)))
	case 'i':
		return kr.Int(int64(int32(o.Uint32(mem))))
	case 'I':
		return kr.Int(int64(o.Uint32(mem)))
	case 'l', 'q':
		return kr.Int(int64(o.Uint64(mem)))
	case 'L', 'Q':
		u := o.Uint64(mem)
		if u > math.MaxInt64 {
			return kr.NewIntBig(new(big.Int).SetUint64(u))
		}
		return kr.Int(int64(u))
	case 'f':
		return kr.Float(float64(math.Float32frombits(o.Uint32(mem))))
	case 'd':
		return kr.Float(math.Float64frombits(o.Uint64(mem)))
	}
	panic("ctypes: loadCode of a slow code")
}

// storeCode stores v as code into mem when v needs no Python conversion
// (a small int, a bool or a float where the code takes it); ok is false
// otherwise and mem is unchanged.
func storeCode(mem []byte, code byte, bigEndian bool, v kr.Value) bool {
	o := order(bigEndian)
	var n int64
	switch {
	case code == '?':
		if v.Is(kr.True) || v.Is(kr.False) {
			mem[0] = byte(b2i(v.Is(kr.True)))
			return true
		}
		if !v.IsSmallInt() {
			return false
		}
		mem[0] = byte(b2i(int64(v.Bits()) != 0))
		return true
	case code == 'f' || code == 'd':
		var f float64
		switch {
		case v.IsFloat():
			f = v.AsFloat()
		case v.IsSmallInt():
			f = float64(int64(v.Bits()))
		default:
			return false
		}
		if code == 'f' {
			o.PutUint32(mem, math.Float32bits(float32(f)))
		} else {
			o.PutUint64(mem, math.Float64bits(f))
		}
		return true
	case v.IsSmallInt():
		n = int64(v.Bits())
	default:
		return false
	}
	switch len(mem) {
	case 1:
		mem[0] = byte(n)
	case 2:
		o.PutUint16(mem, uint16(n))
	case 4:
		o.PutUint32(mem, uint32(n))
	case 8:
		o.PutUint64(mem, uint64(n))
	}
	return true
}

// simpleInfo is what the fast paths need of a simple type.
type simpleInfo struct {
	code byte
	big  bool
}

// simpleTypes maps each simple type (registered by PyCSimpleType.__new__)
// to its code. Python code runs under the GIL, which serializes access.
var simpleTypes = map[*kr.Type]simpleInfo{}

// Python hooks for the slow paths, installed by the Python layer.
var valueGetHook, valueSetHook kr.Value

func ctypes_register_simple(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	t, ok := a[0].TryType()
	if !ok {
		return kr.Value{}, kr.NewTypeError("expected a type")
	}
	code, ok := a[1].TryStr()
	if !ok || len(code.String()) != 1 {
		return kr.Value{}, kr.NewTypeError("expected a type code")
	}
	big, err := kr.IsTrue(a[2])
	if err != nil {
		return kr.Value{}, err
	}
	simpleTypes[t] = simpleInfo{code.String()[0], big}
	return kr.None, nil
}

// ctypes_value is _SimpleCData.value's getter.
func ctypes_value(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	if kr.IsInstance(a[0], CDataType) {
		c := cdataOf(a[0])
		if info, ok := simpleTypes[a[0].Type()]; ok && codeSize(info.code) > 0 && c.size >= codeSize(info.code) {
			return loadCode(c.mem()[:codeSize(info.code)], info.code, info.big), nil
		}
	}
	return kr.Call(valueGetHook, a[:1], nil)
}

// ctypes_set_value is _SimpleCData.value's setter.
func ctypes_set_value(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	if kr.IsInstance(a[0], CDataType) {
		c := cdataOf(a[0])
		if info, ok := simpleTypes[a[0].Type()]; ok && codeSize(info.code) > 0 && c.size >= codeSize(info.code) {
			if storeCode(c.mem()[:codeSize(info.code)], info.code, info.big, a[1]) {
				return kr.None, nil
			}
		}
	}
	return kr.Call(valueSetHook, a[:2], nil)
}

// arrayInfo is what the fast paths need of an array type whose items are
// numbers.
type arrayInfo struct {
	length, itemSize int
	code             byte // 0: items the Python layer converts
	big              bool
}

// arrayTypes maps array types (registered by PyCArrayType.__new__) to
// their layout; guarded by the GIL as simpleTypes is.
var arrayTypes = map[*kr.Type]arrayInfo{}

// Python hooks for array items that are not plain numbers.
var itemGetHook, itemSetHook kr.Value

func ctypes_register_array(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	t, ok := a[0].TryType()
	if !ok {
		return kr.Value{}, kr.NewTypeError("expected a type")
	}
	var n [2]int64
	for i := range n {
		x, err := kr.IndexInt64(a[i+1], "")
		if err != nil {
			return kr.Value{}, err
		}
		n[i] = x
	}
	info := arrayInfo{length: int(n[0]), itemSize: int(n[1])}
	if s, ok := a[3].TryStr(); ok && len(s.String()) == 1 && codeSize(s.String()[0]) == info.itemSize {
		info.code = s.String()[0]
	}
	big, err := kr.IsTrue(a[4])
	if err != nil {
		return kr.Value{}, err
	}
	info.big = big
	arrayTypes[t] = info
	return kr.None, nil
}

// arrayItem returns the memory of item index of the array self, or nil
// when the Python layer must handle the access (slices, other items).
func arrayItem(self, index kr.Value) ([]byte, arrayInfo, *kr.Exception) {
	info, ok := arrayTypes[self.Type()]
	if !ok || info.code == 0 || !index.IsSmallInt() || !kr.IsInstance(self, CDataType) {
		return nil, info, nil
	}
	i := int(int64(index.Bits()))
	if i < 0 {
		i += info.length
	}
	if i < 0 || i >= info.length {
		return nil, info, kr.NewIndexError("invalid index")
	}
	c := cdataOf(self)
	off := i * info.itemSize
	if off+info.itemSize > c.size {
		return nil, info, nil
	}
	return c.mem()[off : off+info.itemSize], info, nil
}

// arrayGetItem is Array.__getitem__.
var arrayGetItem = &kr.Method{Name: "__getitem__", Sig: "key, /", Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	mem, info, err := arrayItem(self, a[0])
	if err != nil {
		return kr.Value{}, err
	}
	if mem != nil {
		return loadCode(mem, info.code, info.big), nil
	}
	return kr.Call(itemGetHook, []kr.Value{self, a[0]}, nil)
}}

// arraySetItem is Array.__setitem__.
var arraySetItem = &kr.Method{Name: "__setitem__", Sig: "key, value, /", Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	mem, info, err := arrayItem(self, a[0])
	if err != nil {
		return kr.Value{}, err
	}
	if mem != nil && storeCode(mem, info.code, info.big, a[1]) {
		return kr.None, nil
	}
	return kr.Call(itemSetHook, []kr.Value{self, a[0], a[1]}, nil)
}}

// arrayLen is Array.__len__.
var arrayLen = &kr.Method{Name: "__len__", Sig: "", Flags: kr.MethNoArgs, Fn: func(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
	if info, ok := arrayTypes[self.Type()]; ok {
		return kr.Int(int64(info.length)), nil
	}
	return kr.Value{}, kr.NewTypeError("abstract class")
}}

// structNames maps structure and union types to the field names their
// positional arguments set (registered by the Python layer once computed,
// only when every position is valid); guarded by the GIL.
var structNames = map[*kr.Type][]*kr.Str{}

// structInitHook is the Python layer's _struct_init, for keyword
// arguments and types not registered yet.
var structInitHook kr.Value

func ctypes_register_init_names(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	t, ok := a[0].TryType()
	if !ok {
		return kr.Value{}, kr.NewTypeError("expected a type")
	}
	if a[1].IsNone() {
		delete(structNames, t)
		return kr.None, nil
	}
	l, ok := a[1].TryList()
	if !ok {
		return kr.Value{}, kr.NewTypeError("expected a list")
	}
	var names []*kr.Str
	for _, v := range l.Items() {
		s, ok := v.TryStr()
		if !ok {
			return kr.None, nil // a position CPython fails on: keep the Python path
		}
		names = append(names, s)
	}
	structNames[t] = names
	return kr.None, nil
}

// structInit is Structure.__init__ and Union.__init__.
var structInit = &kr.Method{Name: "__init__", Sig: "*args, **kwargs", Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	args := a[0].AsTuple().Items()
	names, ok := structNames[self.Type()]
	if !a[1].IsNull() && a[1].AsDict().Len() > 0 || !ok && len(args) > 0 {
		call := append([]kr.Value{self}, args...)
		var kwnames []*kr.Str
		if !a[1].IsNull() {
			d := a[1].AsDict()
			for pos := 0; ; {
				k, v, more := d.Next(&pos)
				if !more {
					break
				}
				ks, _ := k.TryStr()
				kwnames = append(kwnames, ks)
				call = append(call, v)
			}
		}
		return kr.Call(structInitHook, call, kwnames)
	}
	for i, v := range args {
		if i >= len(names) {
			return kr.Value{}, kr.NewTypeError("too many initializers")
		}
		if err := kr.SetAttr(self, names[i], v); err != nil {
			return kr.Value{}, err
		}
	}
	return kr.None, nil
}}
