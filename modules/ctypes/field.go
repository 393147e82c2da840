// This file defines _ctypes.CField, the descriptor of a structure or
// union member. Numeric members are read and written here; bit fields,
// characters, pointers, nested structures and arrays go to the Python
// layer's _field_get/_field_set.

package ctypes

import (
	"fmt"

	kr "krait/runtime"
)

// CField is a member of a Structure or Union type.
type CField struct {
	kr.Header
	offset, size int      // size is (bits << 16) + bit offset for a bit field
	proto        kr.Value // the member's ctypes type
	index        int      // position in _fields_ (keys of _objects)
	bits, bitofs int
	code         byte // a fast numeric code, 0 when the Python layer converts
	big          bool
	anon         bool
	getfunc      kr.Value // special conversions (char arrays as bytes), or null
	setfunc      kr.Value
}

// CFieldType is _ctypes.CField.
var CFieldType *kr.Type

// Hooks of the Python layer for the members this file does not convert.
var fieldGetHook, fieldSetHook kr.Value

func fieldOf(v kr.Value) *CField { return kr.PtrOf[CField](v) }

func initFieldType() {
	ro := func(name string, get func(f *CField) kr.Value) kr.GetSetDef {
		return kr.GetSetDef{Name: name, Get: func(v kr.Value) (kr.Value, *kr.Exception) { return get(fieldOf(v)), nil }}
	}
	orNull := func(v kr.Value) kr.Value { return orNone(v) }
	CFieldType = kr.NewNativeType(&kr.TypeSpec{Name: "_ctypes.CField", Doc: "Structure/Union member",
		GetSets: []kr.GetSetDef{
			ro("offset", func(f *CField) kr.Value { return kr.Int(int64(f.offset)) }),
			ro("size", func(f *CField) kr.Value { return kr.Int(int64(f.size)) }),
			ro("_proto", func(f *CField) kr.Value { return f.proto }),
			ro("_index", func(f *CField) kr.Value { return kr.Int(int64(f.index)) }),
			ro("_bits", func(f *CField) kr.Value { return kr.Int(int64(f.bits)) }),
			ro("_bitofs", func(f *CField) kr.Value { return kr.Int(int64(f.bitofs)) }),
			ro("_getfunc", func(f *CField) kr.Value { return orNull(f.getfunc) }),
			ro("_setfunc", func(f *CField) kr.Value { return orNull(f.setfunc) }),
			{Name: "_anon", Get: func(v kr.Value) (kr.Value, *kr.Exception) { return kr.Bool(fieldOf(v).anon), nil },
				Set: func(v, val kr.Value) *kr.Exception {
					b, err := kr.IsTrue(val)
					fieldOf(v).anon = b
					return err
				}},
		}},
		func(t *kr.Type) {
			t.DescrGet = cfield_get
			t.DescrSet = cfield_set
			t.Repr = cfield_repr
		})
}

// ctypes_new_field is _new_field(proto, index, offset, size, bits,
// bitofs, code, big, getfunc, setfunc): code is "" for members the
// Python layer converts.
func ctypes_new_field(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	var n [5]int64
	for i, v := range []kr.Value{a[1], a[2], a[3], a[4], a[5]} {
		x, err := kr.IndexInt64(v, "")
		if err != nil {
			return kr.Value{}, err
		}
		n[i] = x
	}
	f := &CField{Header: kr.HeaderFor(CFieldType), proto: a[0], index: int(n[0]), offset: int(n[1]),
		size: int(n[2]), bits: int(n[3]), bitofs: int(n[4])}
	if s, ok := a[6].TryStr(); ok && len(s.String()) == 1 && f.bits == 0 && codeSize(s.String()[0]) > 0 {
		f.code = s.String()[0]
	}
	big, err := kr.IsTrue(a[7])
	if err != nil {
		return kr.Value{}, err
	}
	f.big = big
	if !a[8].IsNone() {
		f.getfunc = a[8]
	}
	if !a[9].IsNone() {
		f.setfunc = a[9]
	}
	return kr.ValueOf(f), nil
}

// ctypes_move_field is _move_field(field, index, offset): a copy of an
// anonymous member's field re-homed in the outer type (MakeFields).
func ctypes_move_field(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	if a[0].Type() != CFieldType {
		return kr.Value{}, kr.NewTypeError("expected CField")
	}
	idx, err := kr.IndexInt64(a[1], "")
	if err != nil {
		return kr.Value{}, err
	}
	off, err := kr.IndexInt64(a[2], "")
	if err != nil {
		return kr.Value{}, err
	}
	n := *fieldOf(a[0])
	n.index += int(idx)
	n.offset += int(off)
	return kr.ValueOf(&n), nil
}

// fieldMem returns the member's bytes in obj when obj is a ctypes
// instance large enough to hold them.
func (f *CField) fieldMem(obj kr.Value) ([]byte, *kr.Exception) {
	if !kr.IsInstance(obj, CDataType) {
		return nil, kr.NewTypeError("not a ctype instance")
	}
	c := cdataOf(obj)
	n := codeSize(f.code)
	if f.offset+n > c.size {
		return nil, nil
	}
	return c.mem()[f.offset : f.offset+n], nil
}

func cfield_get(descr, obj kr.Value, _ *kr.Type) (kr.Value, *kr.Exception) {
	if obj.IsNull() || obj.IsNone() {
		return descr, nil
	}
	f := fieldOf(descr)
	if f.code != 0 {
		mem, err := f.fieldMem(obj)
		if err != nil {
			return kr.Value{}, err
		}
		if mem != nil {
			return loadCode(mem, f.code, f.big), nil
		}
	} else if !kr.IsInstance(obj, CDataType) {
		return kr.Value{}, kr.NewTypeError("not a ctype instance")
	}
	return kr.Call(fieldGetHook, []kr.Value{descr, obj}, nil)
}

func cfield_set(descr, obj, val kr.Value) *kr.Exception {
	if val.IsNull() {
		return kr.NewTypeError("can't delete attribute")
	}
	f := fieldOf(descr)
	if f.code != 0 {
		mem, err := f.fieldMem(obj)
		if err != nil {
			return err
		}
		if mem != nil && storeCode(mem, f.code, f.big, val) {
			return nil
		}
	} else if !kr.IsInstance(obj, CDataType) {
		return kr.NewTypeError("not a ctype instance")
	}
	_, err := kr.Call(fieldSetHook, []kr.Value{descr, obj, val}, nil)
	return err
}

func cfield_repr(v kr.Value) (kr.Value, *kr.Exception) {
	f := fieldOf(v)
	name, err := kr.GetAttrString(f.proto, "__name__")
	if err != nil {
		return kr.Value{}, err
	}
	s, err := kr.StrOf(name)
	if err != nil {
		return kr.Value{}, err
	}
	if f.bits != 0 {
		return kr.NewStr(fmt.Sprintf("<Field type=%s, ofs=%d:%d, bits=%d>", s, f.offset, f.bitofs, f.bits)).Value(), nil
	}
	return kr.NewStr(fmt.Sprintf("<Field type=%s, ofs=%d, size=%d>", s, f.offset, f.size)).Value(), nil
}
