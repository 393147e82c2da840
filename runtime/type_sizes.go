// This file defines type.__basicsize__ and type.__itemsize__: the sizes
// CPython 3.11 (64-bit) gives its builtin types' instances, and for classes
// the size their base, __slots__, __dict__ and __weakref__ add, so that code
// computing sizes or limits from them (tests, sys.getsizeof users) sees
// CPython's numbers.

package runtime

// builtinSizes holds (basicsize, itemsize) of the builtin types by name.
var builtinSizes = map[string][2]int64{
	"object": {16, 0}, "int": {24, 4}, "bool": {32, 4}, "float": {24, 0}, "complex": {32, 0},
	"str": {80, 0}, "bytes": {33, 1}, "bytearray": {56, 0}, "tuple": {24, 8}, "list": {40, 0},
	"dict": {48, 0}, "set": {200, 0}, "frozenset": {200, 0}, "range": {48, 0}, "slice": {40, 0},
	"type": {904, 40}, "memoryview": {144, 8}, "BaseException": {72, 0},
	// Iterators, views and descriptors, for object.__sizeof__ and sys.getsizeof.
	"list_iterator": {32, 0}, "tuple_iterator": {32, 0}, "str_ascii_iterator": {32, 0},
	"str_iterator": {32, 0}, "bytes_iterator": {32, 0}, "bytearray_iterator": {32, 0},
	"dict_keyiterator": {56, 0}, "dict_valueiterator": {56, 0}, "dict_itemiterator": {56, 0},
	"dict_reversekeyiterator": {56, 0}, "dict_reversevalueiterator": {56, 0}, "dict_reverseitemiterator": {56, 0},
	"set_iterator": {48, 0}, "range_iterator": {48, 0}, "longrange_iterator": {48, 0},
	"list_reverseiterator": {32, 0}, "reversed": {32, 0}, "enumerate": {56, 0}, "zip": {48, 0},
	"map": {32, 0}, "filter": {32, 0}, "callable_iterator": {32, 0}, "iterator": {32, 0},
	"function": {136, 0}, "builtin_function_or_method": {56, 0}, "method_descriptor": {56, 0},
	"wrapper_descriptor": {56, 0}, "classmethod_descriptor": {56, 0}, "member_descriptor": {48, 0},
	"getset_descriptor": {48, 0}, "property": {64, 0}, "staticmethod": {32, 0}, "classmethod": {32, 0},
	"module": {56, 0}, "dict_keys": {24, 0}, "dict_values": {24, 0}, "dict_items": {24, 0},
	"mappingproxy": {24, 0}, "super": {40, 0}, "method": {48, 0}, "cell": {24, 0},
}

// typeSizes returns t's basicsize and itemsize.
func typeSizes(t *Type) (basic, item int64) {
	if t.Flags&FlagHeapType == 0 {
		if s, ok := builtinSizes[t.Name]; ok {
			return s[0], s[1]
		}
		if t.Base != nil {
			return typeSizes(t.Base) // exception classes and the like
		}
		return 16, 0
	}
	basic, item = typeSizes(t.Base)
	basic += 8 * int64(t.nslots-t.Base.nslots)
	if item != 0 && t.InstAttrs != nil && !typeHasDict(t.Base) {
		basic += 8 // the __dict__ pointer of a variable-size object (others keep it before the object)
	}
	if t.SupportsWeakrefs() && !t.Base.SupportsWeakrefs() {
		basic += 8
	}
	return basic, item
}

// typeHasDict reports whether instances of t have a __dict__.
func typeHasDict(t *Type) bool {
	if t.Flags&FlagHeapType != 0 {
		return t.InstAttrs != nil
	}
	return !t.Lookup(Intern("__dict__")).IsNull()
}

// typeSizeGetSets are the getters of __basicsize__ and __itemsize__.
var typeSizeGetSets = []GetSetDef{
	{Name: "__basicsize__", Get: func(v Value) (Value, *Exception) {
		b, _ := typeSizes(v.AsType())
		return Int(b), nil
	}},
	{Name: "__itemsize__", Get: func(v Value) (Value, *Exception) {
		_, i := typeSizes(v.AsType())
		return Int(i), nil
	}},
	{Name: "__dictoffset__", Get: func(v Value) (Value, *Exception) { return Int(typeDictOffset(v.AsType())), nil }},
	{Name: "__weakrefoffset__", Get: func(v Value) (Value, *Exception) { return Int(typeWeakrefOffset(v.AsType())), nil }},
}

// builtinOffsets holds (dictoffset, weakrefoffset) of builtin types whose
// instances have a __dict__ or weak references, as CPython 3.11's.
var builtinOffsets = map[string][2]int64{
	"type": {264, 368}, "BaseException": {16, 0}, "function": {88, 96}, "module": {16, 40},
}

// typeDictOffset is t.__dictoffset__: a class adding a __dict__ gets 3.11's
// managed-dict offset, -(basicsize+24).
func typeDictOffset(t *Type) int64 {
	if t.Flags&FlagHeapType == 0 {
		if o, ok := builtinOffsets[t.Name]; ok {
			return o[0]
		}
		if t.Base != nil {
			return typeDictOffset(t.Base)
		}
		return 0
	}
	if o := typeDictOffset(t.Base); o != 0 || t.InstAttrs == nil {
		return o
	}
	b, _ := typeSizes(t)
	return -(b + 24)
}

// typeWeakrefOffset is t.__weakrefoffset__: a class adding weak reference
// support keeps the pointer in its last word.
func typeWeakrefOffset(t *Type) int64 {
	if t.Flags&FlagHeapType == 0 {
		if o, ok := builtinOffsets[t.Name]; ok {
			return o[1]
		}
		if t.Base != nil {
			return typeWeakrefOffset(t.Base)
		}
		return 0
	}
	if o := typeWeakrefOffset(t.Base); o != 0 || !t.SupportsWeakrefs() {
		return o
	}
	b, _ := typeSizes(t)
	return b - 8
}
