// This file defines the collection flags that decide which objects match
// sequence and mapping patterns (Py_TPFLAGS_SEQUENCE and _MAPPING): set on
// list, tuple, range, memoryview and dict, inherited along the MRO, set by
// collections.abc through __abc_tpflags__ and by ABC registration.

package runtime

// The CPython values of the flags, as __abc_tpflags__ gives them.
const (
	pyTPFlagsSequence = 1 << 5
	pyTPFlagsMapping  = 1 << 6
)

const collectionFlags = FlagSequence | FlagMapping

func init() {
	for _, t := range []*Type{ListType, TupleType, RangeType, MemoryViewType} {
		t.Flags |= FlagSequence
	}
	for _, t := range []*Type{DictType, MappingProxyType} {
		t.Flags |= FlagMapping
	}
}

// inheritCollectionFlags gives a new class the collection flag of the
// first class of its MRO that has one (inherit_patma_flags).
func inheritCollectionFlags(t *Type) {
	for _, b := range t.MRO[1:] {
		if f := b.Flags & collectionFlags; f != 0 {
			t.Flags |= f
			return
		}
	}
}

// SetABCCollectionFlags applies a class's __abc_tpflags__ value (from
// abc's _abc_init): its sequence and mapping bits replace t's.
func SetABCCollectionFlags(t *Type, pyFlags int64) *Exception {
	if pyFlags&(pyTPFlagsSequence|pyTPFlagsMapping) == pyTPFlagsSequence|pyTPFlagsMapping {
		return NewTypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING")
	}
	var f TypeFlags
	if pyFlags&pyTPFlagsSequence != 0 {
		f |= FlagSequence
	}
	if pyFlags&pyTPFlagsMapping != 0 {
		f |= FlagMapping
	}
	t.Flags = t.Flags&^collectionFlags | f
	return nil
}

// RegisterCollectionFlags gives sub, registered as a virtual subclass of
// the ABC cls, cls's collection flag, and passes it on to sub's
// subclasses (set_collection_flag_recursive); builtin types are left as
// they are.
func RegisterCollectionFlags(cls, sub *Type) {
	f := cls.Flags & collectionFlags
	if f == 0 || sub.Flags&FlagHeapType == 0 || sub.Flags&collectionFlags == f {
		return
	}
	sub.Flags = sub.Flags&^collectionFlags | f
	for _, w := range sub.subclasses {
		if st := w.get(); st != nil {
			RegisterCollectionFlags(cls, st)
		}
	}
}
