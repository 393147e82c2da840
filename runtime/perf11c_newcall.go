// This file defines the call of a class whose construction is a Python
// __new__ and object.__init__ (namedtuple classes, most classes that only
// define __new__): type_call would look __new__ up along the MRO for
// slot_tp_new, then __init__ and __new__ again for object_init's
// excess-arguments check, on every call. A call site keeps the class,
// its version and its __new__ instead, and calls the function directly.

package runtime

// classCallCached calls the class callee, with the arguments args (the
// last len(kwnames) by keyword), when its construction is one the call
// site ce keeps: a Python __new__ with object.__init__ (callPyNew), or
// object.__new__ with object.__init__ and no arguments (a bare instance).
// done is false when type_call must run. The entry holds (class, version,
// the __new__ staticmethod or objectNewMark); pyInitCached keeps a function
// there, so the two never mistake each other's entries.
func classCallCached(callee Value, args []Value, kwnames []*Str, ce *cacheEntry) (v Value, err *Exception, done bool) {
	if callee.Type() != TypeType {
		return Value{}, nil, false
	}
	t := callee.AsType()
	if ce.typ != t || t.Version == 0 || ce.v1 != uint64(t.Version) ||
		ce.value.Type() != StaticMethodType && !ce.value.Is(objectNewMark) {
		mark := classCallMark(t)
		if mark.IsNull() {
			return Value{}, nil, false
		}
		ce.typ, ce.v1, ce.value = t, uint64(t.Version), mark
		noteClassCallEntry(ce) // compat17a_classcall_sites.go
	}
	if ce.value.Is(objectNewMark) {
		if len(args) != 0 {
			return Value{}, nil, false // object.__new__'s excess-arguments error
		}
		return newInstance(t), nil, true
	}
	fn := ptrOf[Function](ptrOf[StaticMethod](ce.value).fn)
	if v, ok := namedtupleNew(t, fn, args, kwnames); ok { // perf12c_namedtuple.go
		return v, nil, true
	}
	v, err = callPyNew(t, fn, args, kwnames)
	return v, err, true
}

// objectNewMark is the cache entry value of a class whose instances are
// made by object.__new__ and object.__init__ alone.
var objectNewMark = ObjectType.Value()

var objectNewPC uintptr

// An init function, not an initializer: object_new reaches this file's
// functions through the interpreter loop.
func init() { objectNewPC = funcPC(object_new) }

// classCallMark returns what classCallCached keeps for class t: its
// __new__ staticmethod, objectNewMark, or null when type_call must run.
func classCallMark(t *Type) Value {
	if t.Version == 0 || t.New == nil || t.Init == nil || funcPC(t.Init) != objectInitPC {
		return Value{}
	}
	if funcPC(t.New) == objectNewPC {
		if t.Flags&FlagAbstract != 0 || !isInstanceLayout(t) {
			return Value{}
		}
		objNew, _ := ObjectType.Dict().GetStr(strNew)
		objInit, _ := ObjectType.Dict().GetStr(strDunderInitSlot)
		if t.Lookup(strNew) != objNew || t.Lookup(strDunderInitSlot) != objInit {
			return Value{}
		}
		return objectNewMark
	}
	sm, fn := pyNewOf(t)
	if fn == nil {
		return Value{}
	}
	return sm
}

var slotTpNewPC, objectInitPC = funcPC(slot_tp_new), funcPC(object_init)

// pyNewOf returns t's __new__ staticmethod and its function when calling t
// is exactly that function's call followed by object.__init__.
func pyNewOf(t *Type) (Value, *Function) {
	if t.Version == 0 || t.New == nil || t.Init == nil ||
		funcPC(t.New) != slotTpNewPC || funcPC(t.Init) != objectInitPC {
		return Value{}, nil
	}
	sm := t.Lookup(strNew)
	if sm.Type() != StaticMethodType {
		return Value{}, nil
	}
	fv := ptrOf[StaticMethod](sm).fn
	if fv.Type() != FunctionType || isGeneratorCode(ptrOf[Function](fv).code) {
		return Value{}, nil
	}
	objInit, _ := ObjectType.Dict().GetStr(strDunderInitSlot)
	if t.Lookup(strDunderInitSlot) != objInit {
		return Value{}, nil
	}
	return sm, ptrOf[Function](fv)
}

// callPyNew is type_call for a class t that pyNewCached accepted: __new__
// is fn, called with t before the arguments. object.__init__ accepts any
// arguments for such a class (its __new__ is overridden), so an instance
// of t is the result as it is; an instance of a subclass gets that
// subclass's __init__, as type_call does.
func callPyNew(t *Type, fn *Function, args []Value, kwnames []*Str) (Value, *Exception) {
	ver := t.Version
	obj, err := callFunctionSelf(fn, t.Value(), args, kwnames) // function_self.go
	if err != nil {
		return Value{}, err
	}
	// A class changed by __new__ itself (given an __init__) gets its new
	// __init__ run, as type_call reads the slot after __new__ returns.
	ot := obj.Type()
	if ot == t && t.Version == ver || !ot.IsSubtype(t) {
		return obj, nil
	}
	if ot.Init != nil {
		if err := ot.Init(obj, args, kwnames); err != nil {
			return Value{}, err
		}
	}
	return obj, nil
}

// tpNewSafe remembers the last (owner, subclass) pair whose
// owner.__new__(subclass) tp_new_vec found safe, with both versions: the
// check walks the subclass's bases comparing New slots by code pointer
// and consults the finalizer wrapper map, on every namedtuple creation
// (tuple.__new__(cls, ...)). A changed New slot changes the version (the
// class dict changed), and the GIL serializes the entry's use.
var tpNewSafe newSafeEntry

type newSafeEntry struct {
	owner, sub       *Type
	ownerVer, subVer uint32
}

func (e *newSafeEntry) known(owner, sub *Type) bool {
	return e.sub == sub && e.owner == owner && sub.Version != 0 && owner.Version != 0 &&
		e.subVer == sub.Version && e.ownerVer == owner.Version
}

func (e *newSafeEntry) remember(owner, sub *Type) {
	*e = newSafeEntry{owner, sub, owner.Version, sub.Version}
}
