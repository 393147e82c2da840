// This file defines sys.getsizeof: the sizes CPython 3.11 (64-bit) reports
// for the builtin types, computed from each object's length and table
// sizes, plus the 16-byte GC header of the container types; other objects
// answer through __sizeof__.

package runtime

import "math/bits"

// gcHeader is the size CPython adds for objects the cycle collector tracks.
const gcHeader = 16

// SizeOf is sys.getsizeof(v, default).
func SizeOf(v, dflt Value) (Value, *Exception) {
	if n, ok := builtinSizeOf(v); ok {
		return Int(n), nil
	}
	r, err := callSpecial(v, Intern("__sizeof__"))
	if err != nil {
		if !dflt.IsNull() && err.Matches(TypeErrorType) {
			return dflt, nil
		}
		return Value{}, err
	}
	n, bg, ok := intValue(r)
	if !ok {
		return Value{}, NewTypeError("an integer is required")
	}
	if bg != nil || n < 0 {
		return Value{}, NewValueError("__sizeof__() should return >= 0")
	}
	return Int(n + preHeaderSize(v.Type())), nil
}

// nonGCTypes are the builtin types without CPython's GC flag: their
// instances have no GC header in front of them.
var nonGCTypes = map[string]bool{
	"object": true, "int": true, "bool": true, "float": true, "complex": true, "str": true,
	"bytes": true, "bytearray": true, "NoneType": true, "NotImplementedType": true,
	"ellipsis": true, "range": true, "range_iterator": true, "longrange_iterator": true,
}

// preHeaderSize is _PyType_PreHeaderSize: the GC header of a GC type's
// instances and the two pointers a managed __dict__ keeps before a class's
// instance (sys.getsizeof adds both to __sizeof__).
func preHeaderSize(t *Type) int64 {
	if t.Flags&FlagHeapType == 0 {
		if nonGCTypes[t.Name] {
			return 0
		}
		return gcHeader
	}
	n := int64(gcHeader)
	if typeHasDict(t) {
		b := t.Base
		for b != nil && b.Flags&FlagHeapType != 0 {
			b = b.Base
		}
		if _, item := typeSizes(b); item == 0 && (b == nil || !typeHasDict(b)) {
			n += 16 // a managed dict, not a dict slot of the builtin base
		}
	}
	return n
}

// objectSizeOf is object.__sizeof__: the type's basic size plus its items,
// and list's allocated items (list.__sizeof__), static and heap types' own.
func objectSizeOf(v Value) int64 {
	t := v.Type()
	if t == TypeType || t.IsSubtype(TypeType) {
		if v.AsType().Flags&FlagHeapType != 0 {
			return 1672 // PyHeapTypeObject and its shared-keys table
		}
		return 408 // PyTypeObject
	}
	basic, item := typeSizes(t)
	if l, ok := v.TryList(); ok {
		return basic + 8*int64(cap(l.items))
	}
	if tu, ok := v.TryTuple(); ok && item > 0 {
		return basic + item*int64(len(tu.items))
	}
	if b, ok := v.TryBytes(); ok {
		return basic + int64(len(b))
	}
	if ba, ok := v.TryByteArray(); ok && len(ba.b) > 0 {
		return basic + int64(len(ba.b)) + 1 // its allocation keeps a trailing NUL
	}
	return basic
}

// builtinSizeOf is the size of an instance of an exact builtin type.
func builtinSizeOf(v Value) (int64, bool) {
	if v.IsSmallInt() || v.Type() == BoolType {
		s, _, _ := intValue(v)
		return intSizeOf(bits.Len64(absU64(s))), true
	}
	if v.IsFloat() {
		return 24, true
	}
	switch v.Type() {
	case IntType:
		_, b, _ := intValue(v)
		return intSizeOf(b.BitLen()), true
	case FloatType:
		return 24, true
	case ComplexType:
		return 32, true
	case StrType:
		return strSizeOf(v.AsStr()), true
	case BytesType:
		b, _ := v.TryBytes()
		return 33 + int64(len(b)), true
	case ByteArrayType:
		n := int64(len(baOf(v).b))
		if n > 0 {
			n++ // CPython keeps a trailing NUL
		}
		return 56 + n, true
	case ListType:
		return 40 + 8*int64(cap(ptrOf[List](v).items)) + gcHeader, true
	case TupleType:
		return 24 + 8*int64(len(v.AsTuple().items)) + gcHeader, true
	case DictType:
		return dictSizeOf(ptrOf[Dict](v)) + gcHeader, true
	case SetType, FrozenSetType:
		s := ptrOf[Set](v)
		n := int64(200)
		if len(s.table) > 8 { // beyond the table inside the object
			n += 16 * int64(len(s.table))
		}
		return n + gcHeader, true
	case RangeType:
		return 48, true
	case SliceType:
		return 40 + gcHeader, true
	case MemoryViewType:
		return 168 + 16*int64(len(ptrOf[MemoryView](v).shape)-1) + gcHeader, true
	case NoneType:
		return 16, true
	}
	return 0, false
}

func absU64(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

// intSizeOf is the size of an int of that many bits: 30-bit digits, at
// least one.
func intSizeOf(nbits int) int64 {
	return 24 + 4*int64(max((nbits+29)/30, 1))
}

// strSizeOf follows CPython's compact strings: ASCII in a 48-byte header,
// others in a 72-byte one with 1, 2 or 4 bytes per code point, plus a NUL.
func strSizeOf(s *Str) int64 {
	if s.IsASCII() {
		return 48 + int64(len(s.S)) + 1
	}
	return 72 + strKind(s)*(int64(s.Len())+1)
}

// strSizeOfValue is str.__sizeof__: a subclass instance is a non-compact
// PyUnicodeObject (80 bytes) with its data in a separate block.
func strSizeOfValue(v Value) int64 {
	s := v.AsStr()
	if v.Type() == StrType {
		return strSizeOf(s)
	}
	return 80 + strKind(s)*(int64(s.Len())+1)
}

// strKind is the bytes per code point of s in CPython's representation.
func strKind(s *Str) int64 {
	maxc := rune(0)
	for i := 0; i < len(s.S); {
		c, size := decodeCodePoint(s.S, i)
		maxc = max(maxc, c)
		i += size
	}
	switch {
	case maxc > 0xFFFF:
		return 4
	case maxc > 0xFF:
		return 2
	}
	return 1
}

// dictSizeOf is _PyDict_SizeOf: the object, and its keys table, whose
// entries are 16 bytes for str-only keys and 24 otherwise.
func dictSizeOf(d *Dict) int64 {
	n := int64(48)
	size := int64(len(d.indices))
	if size == 0 {
		return n
	}
	index := int64(1)
	switch {
	case size > 1<<31:
		index = 8
	case size > 1<<15:
		index = 4
	case size > 1<<7:
		index = 2
	}
	entry := int64(16)
	if d.general {
		entry = 24
	}
	usable := size * 2 / 3
	return n + 32 + size*index + usable*entry
}
