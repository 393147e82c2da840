// This file defines type.__flags__: Krait's type flags expressed in
// CPython 3.11's Py_TPFLAGS_* bits, which Python code tests (inspect's
// isabstract, copyreg's heap-type check, collections.abc's
// __abc_tpflags__).

package runtime

// The Py_TPFLAGS_* bits of CPython 3.11 that Krait can state.
const (
	pyTPFlagsManagedDict      = 1 << 4
	pyTPFlagsImmutableType    = 1 << 8
	pyTPFlagsHeapType         = 1 << 9
	pyTPFlagsBaseType         = 1 << 10
	pyTPFlagsReady            = 1 << 12
	pyTPFlagsHaveGC           = 1 << 14
	pyTPFlagsMethodDescriptor = 1 << 17
	pyTPFlagsValidVersionTag  = 1 << 19
	pyTPFlagsIsAbstract       = 1 << 20
	pyTPFlagsMatchSelf        = 1 << 22
	pyTPFlagsLongSubclass     = 1 << 24
	pyTPFlagsListSubclass     = 1 << 25
	pyTPFlagsTupleSubclass    = 1 << 26
	pyTPFlagsBytesSubclass    = 1 << 27
	pyTPFlagsUnicodeSubclass  = 1 << 28
	pyTPFlagsDictSubclass     = 1 << 29
	pyTPFlagsBaseExcSubclass  = 1 << 30
	pyTPFlagsTypeSubclass     = 1 << 31
)

// flagBits pairs Krait flags with the CPython bit each stands for.
var flagBits = []struct {
	f  TypeFlags
	py int64
}{
	{FlagImmutable, pyTPFlagsImmutableType}, {FlagHeapType, pyTPFlagsHeapType},
	{FlagBaseType, pyTPFlagsBaseType}, {FlagMethodDescriptor, pyTPFlagsMethodDescriptor},
	{FlagAbstract, pyTPFlagsIsAbstract}, {FlagSequence, pyTPFlagsSequence},
	{FlagMapping, pyTPFlagsMapping}, {FlagIntSubclass, pyTPFlagsLongSubclass},
	{FlagListSubclass, pyTPFlagsListSubclass}, {FlagTupleSubclass, pyTPFlagsTupleSubclass},
	{FlagStrSubclass, pyTPFlagsUnicodeSubclass}, {FlagDictSubclass, pyTPFlagsDictSubclass},
	{FlagExceptionSubclass, pyTPFlagsBaseExcSubclass}, {FlagTypeSubclass, pyTPFlagsTypeSubclass},
}

// pyTypeFlags returns t's tp_flags as CPython 3.11 would report them (the
// bits above; the others, such as HAVE_VECTORCALL, are left out).
func pyTypeFlags(t *Type) int64 {
	fl := int64(pyTPFlagsReady)
	for _, b := range flagBits {
		if t.Flags&b.f != 0 {
			fl |= b.py
		}
	}
	if t.IsSubtype(BytesType) {
		fl |= pyTPFlagsBytesSubclass
	}
	for _, s := range []*Type{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType} {
		if t.IsSubtype(s) {
			fl |= pyTPFlagsMatchSelf
			break
		}
	}
	if t.Flags&FlagHeapType != 0 {
		fl |= pyTPFlagsHaveGC
		if typeHasDict(t) && !typeHasDict(solidBuiltinBase(t)) {
			fl |= pyTPFlagsManagedDict
		}
	} else {
		fl |= pyTPFlagsValidVersionTag
		if t.Flags&(FlagListSubclass|FlagTupleSubclass|FlagDictSubclass|FlagTypeSubclass|FlagExceptionSubclass) != 0 {
			fl |= pyTPFlagsHaveGC
		}
	}
	return fl
}

// solidBuiltinBase returns the first builtin (non-heap) type along t's
// __base__ chain.
func solidBuiltinBase(t *Type) *Type {
	for t.Flags&FlagHeapType != 0 && t.Base != nil {
		t = t.Base
	}
	return t
}

// typeFlagsGetSet is type.__flags__.
var typeFlagsGetSet = GetSetDef{Name: "__flags__", Get: func(v Value) (Value, *Exception) {
	return Int(pyTypeFlags(v.AsType())), nil
}}
