// This file defines Type, the Python type object, with its slots: the Go
// functions through which every protocol (attribute access, calls, numbers,
// comparison, iteration, containers) is dispatched.

package runtime

import "weak"

// The slot function shapes. Every slot that can fail returns a *Exception
// (nil on success); a Value result is never null on success unless the slot's
// comment says so.
type (
	// UnaryFunc is the shape of unary slots (Neg, Pos, Invert, Abs, Index, Int, Float, Repr, Str, Iter, Next).
	UnaryFunc func(v Value) (Value, *Exception)
	// BinaryFunc is the shape of binary number slots: it returns NotImplemented to decline.
	BinaryFunc func(a, b Value) (Value, *Exception)
	// CallFunc is the vectorcall convention: the last len(kwnames) args are the
	// values of the keyword arguments named by kwnames (interned strs). args is
	// borrowed: a callee that keeps it must copy it.
	CallFunc func(callable Value, args []Value, kwnames []*Str) (Value, *Exception)
)

// BinOp numbers the binary operators as CPython 3.11's BINARY_OP oparg does
// (NB_ADD ... NB_XOR, and NB_INPLACE_ADD ... = op + NbInplace).
type BinOp uint8

// The binary operators, in CPython's NB_* order.
const (
	NbAdd BinOp = iota
	NbAnd
	NbFloorDivide
	NbLshift
	NbMatrixMultiply
	NbMultiply
	NbRemainder
	NbOr
	NbPower
	NbRshift
	NbSubtract
	NbTrueDivide
	NbXor
	NbCount // number of binary operators

	NbInplace BinOp = NbCount // added to an operator for its augmented form
)

// binOpSymbols are the operator spellings used in TypeError messages.
var binOpSymbols = [NbCount]string{"+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"}

// binOpDunders are the dunder names of the operators: forward, reflected, in-place.
var binOpDunders = [NbCount][3]string{
	{"__add__", "__radd__", "__iadd__"},
	{"__and__", "__rand__", "__iand__"},
	{"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	{"__lshift__", "__rlshift__", "__ilshift__"},
	{"__matmul__", "__rmatmul__", "__imatmul__"},
	{"__mul__", "__rmul__", "__imul__"},
	{"__mod__", "__rmod__", "__imod__"},
	{"__or__", "__ror__", "__ior__"},
	{"__pow__", "__rpow__", "__ipow__"},
	{"__rshift__", "__rrshift__", "__irshift__"},
	{"__sub__", "__rsub__", "__isub__"},
	{"__truediv__", "__rtruediv__", "__itruediv__"},
	{"__xor__", "__rxor__", "__ixor__"},
}

// CompareOp numbers the rich comparisons as CPython's Py_LT ... Py_GE do.
type CompareOp uint8

// The rich comparison operators.
const (
	Lt CompareOp = iota
	Le
	Eq
	Ne
	Gt
	Ge
)

// swapped is the reflected operator tried on the right operand.
var compareSwapped = [6]CompareOp{Gt, Ge, Eq, Ne, Lt, Le}
var compareSymbols = [6]string{"<", "<=", "==", "!=", ">", ">="}
var compareDunders = [6]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// TypeFlags are boolean properties of a type (CPython's tp_flags, in part).
type TypeFlags uint32

// The type flags.
const (
	FlagHeapType    TypeFlags = 1 << iota // created by a class statement or type(); attributes settable
	FlagBaseType                          // may be subclassed
	FlagAbstract                          // has abstract methods (set by abc)
	FlagImmutable                         // builtin: type attributes cannot be set
	FlagIntSubclass                       // the "fast subclass" bits: int, str, tuple, list, dict, type, exception
	FlagStrSubclass
	FlagTupleSubclass
	FlagListSubclass
	FlagDictSubclass
	FlagTypeSubclass
	FlagExceptionSubclass
	FlagHasGC // reserved
	FlagMethodDescriptor
	FlagSequence // Py_TPFLAGS_SEQUENCE: matches sequence patterns (collection_flags.go)
	FlagMapping  // Py_TPFLAGS_MAPPING: matches mapping patterns
	// FlagDisallowInstantiation: calling the type raises "cannot create
	// 'T' instances" (type_nonew.go).
	FlagDisallowInstantiation
	// FlagNoWeakrefs: a type of a Go module whose CPython counterpart
	// has no tp_weaklistoffset (decimal.Decimal): weakref.ref refuses it.
	FlagNoWeakrefs
)

// Type is a Python type object (type and every class). The protocol slots
// are Go functions; a nil slot means the type does not support the protocol
// (as a NULL tp_* slot in CPython), except where a comment gives a default.
// Builtin types fill their slots when registered; a class defined in Python
// gets wrapper slots that look up its dunder methods, reinstalled whenever
// an attribute of the class or of a base changes (see typeobject.go).
//
// Slots are the one dispatch path: the interpreter and the generic
// operations in object.go never decide Python behaviour by Go type.
type Type struct {
	Header
	Name     string  // __name__
	Qualname string  // __qualname__
	Base     *Type   // __base__ (the solid base); nil only for object
	Bases    []*Type // __bases__
	MRO      []*Type // __mro__, C3 linearization, starting with the type itself
	dict     *Dict   // the namespace, read through Dict() (Dict and Set live in dict.go/set.go, helper dictset)
	Flags    TypeFlags
	Doc      string

	// Version is the type version tag used by inline caches: it changes
	// whenever an attribute of this type or of any type in its MRO is set or
	// deleted, or __bases__ is assigned. 0 means "no valid tag": caches must
	// not specialize on it.
	Version uint32

	subclasses []weakType // for invalidating version tags of subclasses

	// layout is the shared key layout new instances of a heap type start
	// with (DESIGN.md §3); nil for types whose instances have no __dict__.
	layout *Layout

	methods      []Method     // builtin methods, put in Dict when the type is finished
	getsets      []GetSetDef  // builtin computed attributes, likewise
	nslots       int          // number of __slots__ values of instances (Instance.slots)
	pyNumber     uint16       // bit op set: Number[op] is the Python dunder wrapper
	ownSlots     uint64       // static types: bit i set if the type's setup filled slotGroups[i] itself
	noHash       bool         // static types: unhashable (__hash__ = None)
	dictPending  bool         // static types: dict made on first use; read only while dict is nil (startup13_lazydict.go)
	staticAttrs  []staticAttr // static types: SetStaticAttr entries for the dict not made yet
	pendingNames *nameFilter  // static types: what the dict not made yet will hold (startup13_lazydict.go)
	hasDel       bool         // heap types: instances get a __del__ finalizer (finalizer.go)
	weakTarget   bool         // an instance has had a weak reference (compat16_prompt.go)
	dropWatch    bool         // hasDel, weakTarget, closeOnDrop or a generator type (compat18_dropnone.go)
	closeOnDrop  bool         // a file type the io layer closes once collected (compat18_dropnone.go)
	nodict       bool         // heap types: instances have no __dict__ (__slots__ without it)

	// getattrGeneric reports that GetAttr is object.__getattribute__, so
	// the interpreter may look methods up without binding them.
	getattrGeneric bool

	// InstAttrs returns the instance attribute record of v (the values
	// array and optional materialized __dict__), or nil if instances of this
	// type have no __dict__. Set for heap types and for builtins with a
	// __dict__ (functions, modules, exceptions).
	InstAttrs func(v Value) *Attrs

	// Repr and Str return a str Value (repr(v), str(v)). Str defaults to Repr.
	Repr UnaryFunc
	Str  UnaryFunc

	// Hash returns hash(v). It never returns -1. A nil Hash on a type whose
	// Dict has __hash__ = None means unhashable ("unhashable type: 'X'").
	Hash func(v Value) (int64, *Exception)

	// RichCompare compares v with w; v is an instance of this type. It
	// returns NotImplemented to decline, and is called as CPython's
	// do_richcompare calls tp_richcompare: the reflected operation of a
	// subclass of v's type is tried first.
	RichCompare func(v, w Value, op CompareOp) (Value, *Exception)

	// GetAttr returns the attribute name of v (tp_getattro). On failure it
	// returns an AttributeError; GetAttrOpt avoids creating it on the hot
	// path of hasattr/getattr-with-default. Default: GenericGetAttr.
	GetAttr func(v Value, name *Str) (Value, *Exception)

	// SetAttr sets (or, when val is the null Value, deletes) the attribute
	// name of v (tp_setattro). Default: GenericSetAttr.
	SetAttr func(v Value, name *Str, val Value) *Exception

	// Call calls v (tp_call / vectorcall); see CallFunc.
	Call CallFunc

	// Iter returns an iterator over v (tp_iter).
	Iter UnaryFunc

	// Next returns the next item of the iterator v (tp_iternext). At
	// exhaustion it returns the null Value and a nil *Exception, without
	// creating a StopIteration.
	Next UnaryFunc

	// DescrGet is __get__ (tp_descr_get): descr is an instance of this type
	// found on typ's MRO; obj is the instance the attribute was looked up
	// on, or the null Value when looked up on the class itself.
	DescrGet func(descr, obj Value, typ *Type) (Value, *Exception)

	// DescrSet is __set__/__delete__ (tp_descr_set): val is the null Value
	// for a delete. A type with DescrSet is a data descriptor.
	DescrSet func(descr, obj, val Value) *Exception

	// New creates an instance of t (tp_new): t is this type or a subtype.
	// Init initializes it (tp_init); it is called by type.__call__ only when
	// New returned an instance of t.
	New  func(t *Type, args []Value, kwnames []*Str) (Value, *Exception)
	Init func(self Value, args []Value, kwnames []*Str) *Exception

	// Len returns len(v) (sq_length / mp_length), never negative.
	Len func(v Value) (int, *Exception)

	// GetItem returns v[key] (mp_subscript). SetItem sets v[key] = val, or
	// deletes v[key] when val is the null Value (mp_ass_subscript).
	GetItem func(v, key Value) (Value, *Exception)
	SetItem func(v, key, val Value) *Exception

	// Contains reports whether x in v (sq_contains). Without it, `in`
	// falls back to iteration.
	Contains func(v, x Value) (bool, *Exception)

	// Bool returns the truth value of v (nb_bool). Without it, Len is used,
	// and without Len every object is true.
	Bool func(v Value) (bool, *Exception)

	// Number holds the binary number slots (nb_add ...), indexed by BinOp.
	// A slot is called as CPython's binary_op1 calls them: with the left
	// operand's slot first (a, b), then the right operand's slot with the
	// same argument order (a, b), so a slot must check which of its
	// operands is its own type; it returns NotImplemented to decline.
	// Subclass-first ordering is handled by the caller (BinaryOp).
	Number [NbCount]BinaryFunc

	// Inplace holds the in-place number slots (nb_inplace_add ...). A nil
	// in-place slot falls back to Number, as CPython does.
	Inplace [NbCount]BinaryFunc

	// Pow3 is three-argument pow(a, b, m) (nb_power with a modulus).
	Pow3 func(a, b, m Value) (Value, *Exception)

	// The unary number slots: -v, +v, ~v, abs(v).
	Neg, Pos, Invert, Abs UnaryFunc

	// Index returns v as an exact int (nb_index, __index__).
	Index UnaryFunc

	// Int and Float convert v for int(v) and float(v) (nb_int, nb_float).
	Int, Float UnaryFunc
}

// weakType refers weakly to a subclass (for __subclasses__ and version-tag
// invalidation), as CPython's tp_subclasses: a class nothing else refers to
// is collected and drops out of its bases' lists. A static type never dies,
// so it is held directly (s): start-up registers ~300 of them, and weak.Make
// takes a lock and allocates for each.
type weakType struct {
	p weak.Pointer[Type]
	s *Type
}

// get returns the subclass, or nil once it has been collected.
func (w weakType) get() *Type {
	if w.s != nil {
		return w.s
	}
	return w.p.Value()
}

// addSubclass records s as a subclass of t.
func (t *Type) addSubclass(s *Type) { t.addSubclassEntry(weakType{p: weak.Make(s)}) }

// addStaticSubclass records s, a type that lives as long as the process,
// as a subclass of t.
func (t *Type) addStaticSubclass(s *Type) { t.addSubclassEntry(weakType{s: s}) }

// addSubclassEntry appends w, dropping collected entries only when the list
// is full: pruning at every class statement made creating n subclasses of
// one base (object gets hundreds at start-up) cost n*n/2 weak lookups.
// Growing to twice the live entries keeps the pruning amortized O(1).
func (t *Type) addSubclassEntry(w weakType) {
	if len(t.subclasses) == cap(t.subclasses) && len(t.subclasses) > 0 {
		live := t.subclasses[:0]
		for _, e := range t.subclasses {
			if e.get() != nil {
				live = append(live, e)
			}
		}
		clear(t.subclasses[len(live):])
		if 2*len(live) > cap(t.subclasses) {
			live = append(make([]weakType, 0, 2*len(live)+4), live...)
		}
		t.subclasses = live
	}
	t.subclasses = append(t.subclasses, w)
}

// typeVersionCounter hands out version tags; 0 is never handed out.
var typeVersionCounter uint32

// assignVersion gives t a fresh version tag.
func (t *Type) assignVersion() {
	typeVersionCounter++
	if typeVersionCounter == 0 { // wrapped: stop specializing rather than reuse tags
		t.Version = 0
		return
	}
	t.Version = typeVersionCounter
}

// Modified invalidates the version tag of t and of every subclass of t: it
// must be called after any change to t's dict, bases or MRO, before the
// change is observable by a cached lookup.
func (t *Type) Modified() {
	t.assignVersion()
	for _, s := range t.subclasses {
		if st := s.get(); st != nil {
			st.Modified()
		}
	}
}

// IsSubtype reports whether t is a subtype of u (u is on t's MRO).
func (t *Type) IsSubtype(u *Type) bool {
	if t == u {
		return true
	}
	for _, m := range t.MRO {
		if m == u {
			return true
		}
	}
	return false
}

// Value returns the type object as a Value.
func (t *Type) Value() Value { return ValueOf(t) }

// newBuiltinType returns a static builtin type with the given name and base;
// its slots are filled by the type's setup function in initTypes.
func newBuiltinType(name string, base *Type, flags TypeFlags) *Type {
	t := &Type{Header: Header{TypeType}, Name: name, Qualname: name[lastDot(name)+1:], Base: base, Flags: flags | FlagImmutable}
	if base != nil {
		t.Bases = []*Type{base}
	}
	staticTypes = append(staticTypes, t)
	return t
}

// staticTypes lists the builtin types in creation order, which Go's
// package initialization makes base-first (a type's initializer refers to
// its base).
var staticTypes []*Type

// The root types: object and type. Their slots are filled in typeobject.go.
var (
	ObjectType = &Type{Name: "object", Qualname: "object", Flags: FlagBaseType | FlagImmutable}
	TypeType   = &Type{Name: "type", Qualname: "type", Base: ObjectType, Bases: []*Type{ObjectType}, Flags: FlagBaseType | FlagImmutable | FlagTypeSubclass}
)

// The types whose instances can be unboxed.
var (
	IntType   = newBuiltinType("int", ObjectType, FlagBaseType|FlagIntSubclass)
	FloatType = newBuiltinType("float", ObjectType, FlagBaseType)
)

func init() {
	ObjectType.typ = TypeType
	TypeType.typ = TypeType
	initTypes()
}

// initTypes finishes the static builtin types in dependency order: each
// type's setup fills its slots, then its MRO and version are computed.
func initTypes() {
	for _, t := range builtinTypes() {
		finishStaticType(t)
	}
}

// finishStaticType computes the MRO and version tag of a builtin type whose
// bases are already finished.
func finishStaticType(t *Type) {
	if t.typ == nil {
		t.typ = TypeType
	}
	t.MRO = append([]*Type{t}, mroOfSingleBase(t.Base)...)
	if len(t.Bases) > 1 { // ExceptionGroup(BaseExceptionGroup, Exception)
		t.MRO, _ = mroMerge(t, t.Bases)
	}
	inheritSlots(t)
	if t.Flags&FlagExceptionSubclass != 0 {
		markExceptionOwnSlots(t) // exception_slots.go
	}
	finishCompat13Type(t) // compat13_methoddocs.go
	if t.GetAttr == nil {
		t.GetAttr = GenericGetAttr
	}
	if t.SetAttr == nil && t.InstAttrs != nil {
		t.SetAttr = GenericSetAttr
	}
	if t.noHash {
		t.Hash = nil
	}
	if t.dict == nil {
		fillStaticDictFn = fillStaticDict
		t.dictPending = true // filled on first use (startup13_lazydict.go)
		internStaticNames(t)
	} else {
		fillStaticDict(t, t.dict) // setup put entries in it already
	}
	t.assignVersion()
	for _, b := range t.Bases {
		b.addStaticSubclass(t)
	}
}

// mroOfSingleBase is the MRO of a type whose only base is b.
func mroOfSingleBase(b *Type) []*Type {
	if b == nil {
		return nil
	}
	return b.MRO
}

// builtinTypes lists the static types in base-first order.
func builtinTypes() []*Type {
	exceptionTypes()
	return append([]*Type{ObjectType, TypeType}, staticTypes...)
}
