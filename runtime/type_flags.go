// This file defines type.__flags__: CPython 3.11's tp_flags bits computed
// from Krait's type properties, for the stdlib code that tests them
// (inspect.isabstract, copyreg's heap-type check, collections.abc's
// __abc_tpflags__ and pattern-matching flags).

package runtime

// CPython's Py_TPFLAGS_* bits (the collection bits are in collection_flags.go).
// Py_TPFLAGS_VALID_VERSION_TAG is left out: CPython sets it lazily.
const (
	pyTPManagedDict   = 1 << 4
	pyTPDisallowInst  = 1 << 7
	pyTPImmutable     = 1 << 8
	pyTPHeapType      = 1 << 9
	pyTPBaseType      = 1 << 10
	pyTPVectorcall    = 1 << 11
	pyTPReady         = 1 << 12
	pyTPHaveGC        = 1 << 14
	pyTPMethodDescr   = 1 << 17
	pyTPIsAbstract    = 1 << 20
	pyTPMatchSelf     = 1 << 22
	pyTPLongSubclass  = 1 << 24
	pyTPListSubclass  = 1 << 25
	pyTPTupleSubclass = 1 << 26
	pyTPBytesSubclass = 1 << 27
	pyTPStrSubclass   = 1 << 28
	pyTPDictSubclass  = 1 << 29
	pyTPExcSubclass   = 1 << 30
	pyTPTypeSubclass  = 1 << 31
)

// Builtin types CPython does not track in its cycle collector.
var noGCTypes = map[string]bool{"object": true, "int": true, "bool": true, "float": true, "complex": true,
	"str": true, "bytes": true, "bytearray": true, "range": true, "NoneType": true,
	"NotImplementedType": true, "ellipsis": true}

// Builtin types with a vectorcall entry point.
var vectorcallTypes = map[string]bool{"type": true, "function": true, "builtin_function_or_method": true,
	"method_descriptor": true, "method": true}

// Builtin types whose instances match class patterns by themselves.
var matchSelfTypes = []*Type{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType,
	IntType, ListType, SetType, StrType, TupleType}

func typeFlags(t *Type) int64 {
	f := int64(pyTPReady)
	heap := t.Flags&FlagHeapType != 0
	if heap {
		f |= pyTPHeapType | pyTPHaveGC
		if _, item := typeSizes(t); item == 0 && typeHasDict(t) && !t.IsSubtype(BaseExceptionType) {
			f |= pyTPManagedDict
		}
	} else {
		f |= pyTPImmutable
		if !noGCTypes[t.Name] {
			f |= pyTPHaveGC
		}
		if vectorcallTypes[t.Name] {
			f |= pyTPVectorcall
		}
		if t.New == nil || t.Flags&FlagDisallowInstantiation != 0 {
			f |= pyTPDisallowInst
		}
	}
	for _, b := range []struct {
		on  bool
		bit int64
	}{
		{t.Flags&FlagBaseType != 0, pyTPBaseType},
		{t.Flags&FlagSequence != 0, pyTPFlagsSequence},
		{t.Flags&FlagMapping != 0, pyTPFlagsMapping},
		{t.Flags&FlagMethodDescriptor != 0 || t.Name == "function" && !heap, pyTPMethodDescr},
		{t.Flags&FlagAbstract != 0, pyTPIsAbstract},
		{t.IsSubtype(IntType), pyTPLongSubclass},
		{t.IsSubtype(ListType), pyTPListSubclass},
		{t.IsSubtype(TupleType), pyTPTupleSubclass},
		{t.IsSubtype(BytesType), pyTPBytesSubclass},
		{t.IsSubtype(StrType), pyTPStrSubclass},
		{t.IsSubtype(DictType), pyTPDictSubclass},
		{t.IsSubtype(BaseExceptionType), pyTPExcSubclass},
		{t.IsSubtype(TypeType), pyTPTypeSubclass},
	} {
		if b.on {
			f |= b.bit
		}
	}
	for _, m := range matchSelfTypes {
		if t.IsSubtype(m) {
			f |= pyTPMatchSelf
		}
	}
	return f
}

var typeFlagsGetSet = GetSetDef{Name: "__flags__", Get: func(v Value) (Value, *Exception) {
	return Int(typeFlags(v.AsType())), nil
}}
