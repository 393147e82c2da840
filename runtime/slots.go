// This file connects type slots and dunder methods in both directions: a
// builtin type's slots appear in its dict as wrapper_descriptor objects
// (int.__add__, object.__init__), and a class defined in Python gets slot
// functions that call its dunders. fixupSlots re-derives a class's slots
// from what its MRO defines, as CPython's update_one_slot: when the dunder
// found is a builtin's own wrapper, the builtin slot is used directly.

package runtime

import (
	"reflect"
	"unsafe"
)

// slotGroup is a set of dunders that share one slot (all six comparisons
// share RichCompare; __setitem__ and __delitem__ share SetItem).
type slotGroup struct {
	names   []string
	strs    []*Str               // names interned, made by the first fixupSlots
	has     func(t *Type) bool   // the slot is set on t
	copy    func(dst, src *Type) // take src's slot
	generic func(t *Type)        // install the dunder-calling slot
	clear   func(t *Type)        // no class defines the dunders
	pyBit   uint16               // the Type.pyNumber bit generic sets
	arith   slotArith            // Number or Inplace groups: which array has tests (init14_slotmasks.go)
	op      BinOp                // the arith group's operator
	off     uintptr              // other groups of one func field: its offset in Type, or 0
}

var slotGroups []*slotGroup

func unarySlot(name string, field func(t *Type) *UnaryFunc) *slotGroup {
	n := Intern(name)
	return &slotGroup{
		off:     fieldOffset(unsafe.Pointer(field(&offsetProbe))), // init14_slotmasks.go
		names:   []string{name},
		has:     func(t *Type) bool { return *field(t) != nil },
		copy:    func(d, s *Type) { *field(d) = *field(s) },
		generic: func(t *Type) { *field(t) = func(v Value) (Value, *Exception) { return callSpecial(v, n) } },
		clear:   func(t *Type) { *field(t) = nil },
	}
}

// iterSlot is unarySlot("__iter__") where a class's __iter__ = None makes
// its instances not iterable, as CPython's slot_tp_iter.
func iterSlot() *slotGroup {
	g := unarySlot("__iter__", func(t *Type) *UnaryFunc { return &t.Iter })
	generic := g.generic
	g.generic = func(t *Type) {
		if !t.Lookup(strIter).IsNone() {
			generic(t)
			return
		}
		// Decided here, when the class's dunders change, not per iter() call.
		t.Iter = func(v Value) (Value, *Exception) {
			return Value{}, NewTypeError("'%s' object is not iterable", v.Type().Name)
		}
	}
	return g
}

func init() {
	slotGroups = []*slotGroup{
		unarySlot("__repr__", func(t *Type) *UnaryFunc { return &t.Repr }),
		unarySlot("__str__", func(t *Type) *UnaryFunc { return &t.Str }),
		iterSlot(),
		unarySlot("__neg__", func(t *Type) *UnaryFunc { return &t.Neg }),
		unarySlot("__pos__", func(t *Type) *UnaryFunc { return &t.Pos }),
		unarySlot("__invert__", func(t *Type) *UnaryFunc { return &t.Invert }),
		unarySlot("__abs__", func(t *Type) *UnaryFunc { return &t.Abs }),
		unarySlot("__index__", func(t *Type) *UnaryFunc { return &t.Index }),
		unarySlot("__int__", func(t *Type) *UnaryFunc { return &t.Int }),
		unarySlot("__float__", func(t *Type) *UnaryFunc { return &t.Float }),
		{
			names: []string{"__next__"}, has: func(t *Type) bool { return t.Next != nil }, off: unsafe.Offsetof(Type{}.Next),
			copy: func(d, s *Type) { d.Next = s.Next }, generic: func(t *Type) { t.Next = slot_tp_iternext },
			clear: func(t *Type) { t.Next = nil },
		},
		{
			names: []string{"__hash__"}, has: func(t *Type) bool { return t.Hash != nil }, off: unsafe.Offsetof(Type{}.Hash),
			copy: func(d, s *Type) { d.Hash = s.Hash }, generic: func(t *Type) { t.Hash = slot_tp_hash },
			clear: func(t *Type) { t.Hash = nil },
		},
		{
			names: []string{"__call__"}, has: func(t *Type) bool { return t.Call != nil }, off: unsafe.Offsetof(Type{}.Call),
			copy: func(d, s *Type) { d.Call = s.Call }, generic: func(t *Type) { t.Call = slot_tp_call },
			clear: func(t *Type) { t.Call = nil },
		},
		{
			names: []string{"__len__"}, has: func(t *Type) bool { return t.Len != nil }, off: unsafe.Offsetof(Type{}.Len),
			copy: func(d, s *Type) { d.Len = s.Len }, generic: func(t *Type) { t.Len = slot_sq_length },
			clear: func(t *Type) { t.Len = nil },
		},
		{
			names: []string{"__bool__"}, has: func(t *Type) bool { return t.Bool != nil }, off: unsafe.Offsetof(Type{}.Bool),
			copy: func(d, s *Type) { d.Bool = s.Bool }, generic: func(t *Type) { t.Bool = slot_nb_bool },
			clear: func(t *Type) { t.Bool = nil },
		},
		{
			names: []string{"__getitem__"}, has: func(t *Type) bool { return t.GetItem != nil }, off: unsafe.Offsetof(Type{}.GetItem),
			copy: func(d, s *Type) { d.GetItem = s.GetItem }, generic: func(t *Type) { t.GetItem = slot_mp_subscript },
			clear: func(t *Type) { t.GetItem = nil },
		},
		{
			names: []string{"__setitem__", "__delitem__"}, has: func(t *Type) bool { return t.SetItem != nil }, off: unsafe.Offsetof(Type{}.SetItem),
			copy: func(d, s *Type) { d.SetItem = s.SetItem }, generic: func(t *Type) { t.SetItem = slot_mp_ass_subscript },
			clear: func(t *Type) { t.SetItem = nil },
		},
		{
			names: []string{"__contains__"}, has: func(t *Type) bool { return t.Contains != nil }, off: unsafe.Offsetof(Type{}.Contains),
			copy: func(d, s *Type) { d.Contains = s.Contains }, generic: func(t *Type) { t.Contains = slot_sq_contains },
			clear: func(t *Type) { t.Contains = nil },
		},
		{
			names: []string{"__getattribute__", "__getattr__"}, has: func(t *Type) bool { return t.GetAttr != nil }, off: unsafe.Offsetof(Type{}.GetAttr),
			copy:    func(d, s *Type) { d.GetAttr, d.getattrGeneric = s.GetAttr, s.getattrGeneric },
			generic: func(t *Type) { t.GetAttr, t.getattrGeneric = slot_tp_getattr_hook, false },
			clear:   func(t *Type) { t.GetAttr, t.getattrGeneric = nil, false },
		},
		{
			names: []string{"__setattr__", "__delattr__"}, has: func(t *Type) bool { return t.SetAttr != nil }, off: unsafe.Offsetof(Type{}.SetAttr),
			copy: func(d, s *Type) { d.SetAttr = s.SetAttr }, generic: func(t *Type) { t.SetAttr = slot_tp_setattro },
			clear: func(t *Type) { t.SetAttr = nil },
		},
		{
			names: []string{"__get__"}, has: func(t *Type) bool { return t.DescrGet != nil }, off: unsafe.Offsetof(Type{}.DescrGet),
			copy: func(d, s *Type) { d.DescrGet = s.DescrGet }, generic: func(t *Type) { t.DescrGet = slot_tp_descr_get },
			clear: func(t *Type) { t.DescrGet = nil },
		},
		{
			names: []string{"__set__", "__delete__"}, has: func(t *Type) bool { return t.DescrSet != nil }, off: unsafe.Offsetof(Type{}.DescrSet),
			copy: func(d, s *Type) { d.DescrSet = s.DescrSet }, generic: func(t *Type) { t.DescrSet = slot_tp_descr_set },
			clear: func(t *Type) { t.DescrSet = nil },
		},
		{
			names: []string{"__init__"}, has: func(t *Type) bool { return t.Init != nil }, off: unsafe.Offsetof(Type{}.Init),
			copy: func(d, s *Type) { d.Init = s.Init }, generic: func(t *Type) { t.Init = slot_tp_init },
			clear: func(t *Type) { t.Init = nil },
		},
		{
			names: []string{"__new__"}, has: func(t *Type) bool { return t.New != nil }, off: unsafe.Offsetof(Type{}.New),
			copy: func(d, s *Type) { d.New = s.New }, generic: func(t *Type) { t.New = slot_tp_new },
			clear: func(t *Type) { t.New = nil },
		},
		{
			names: compareDunders[:], has: func(t *Type) bool { return t.RichCompare != nil }, off: unsafe.Offsetof(Type{}.RichCompare),
			copy: func(d, s *Type) { d.RichCompare = s.RichCompare }, generic: func(t *Type) { t.RichCompare = slot_tp_richcompare },
			clear: func(t *Type) { t.RichCompare = nil },
		},
	}
	for op := BinOp(0); op < NbCount; op++ {
		op := op
		pow3 := op == NbPower // three-argument pow shares nb_power
		slotGroups = append(slotGroups, &slotGroup{
			names: []string{binOpDunders[op][0], binOpDunders[op][1]},
			has:   func(t *Type) bool { return t.Number[op] != nil },
			copy: func(d, s *Type) {
				d.Number[op] = s.Number[op]
				if pow3 {
					d.Pow3 = s.Pow3
				}
			},
			pyBit: 1 << op, arith: arithNumber, op: op,
			generic: func(t *Type) {
				t.Number[op] = slotBinary(op)
				t.pyNumber |= 1 << op
				if pow3 {
					t.Pow3 = slot_nb_power3
				}
			},
			clear: func(t *Type) {
				t.Number[op] = nil
				if pow3 {
					t.Pow3 = nil
				}
			},
		}, &slotGroup{
			names:   []string{binOpDunders[op][2]},
			has:     func(t *Type) bool { return t.Inplace[op] != nil },
			copy:    func(d, s *Type) { d.Inplace[op] = s.Inplace[op] },
			generic: func(t *Type) { t.Inplace[op] = slotInplace(op) },
			clear:   func(t *Type) { t.Inplace[op] = nil },
			arith:   arithInplace,
			op:      op,
		})
	}
}

// fixupSlots derives t's slots from the dunders its MRO defines.
func fixupSlots(t *Type) {
	t.pyNumber = 0
	base := slotsBase(t) // slots_inherit.go
	for _, g := range slotGroups {
		var owner *Type
		generic, any := false, false
		if g.strs == nil {
			g.strs = internAll(g.names)
		}
		if base != nil && !g.ownedBy(t) {
			g.inherit(t, base)
			continue
		}
		for i, name := range g.names {
			v := t.Lookup(g.strs[i])
			if v.IsNull() {
				continue
			}
			any = true
			// A wrapper taken from an unrelated class (int subclass with
			// __eq__ = str.__eq__) or stored under another dunder's name
			// (IntEnum's __str__ = int.__repr__) goes through the generic
			// slot, whose call checks the receiver's type.
			if w, ok := slotWrapperOf(v); ok && w.owner != nil && t.IsSubtype(w.owner) && (w.name == nil || w.name.S == name) && (owner == nil || owner == w.owner) {
				owner = w.owner
				continue
			}
			if name == "__hash__" && v.IsNone() {
				continue
			}
			generic = true
		}
		switch {
		case generic:
			g.generic(t)
		case owner != nil:
			g.copy(t, owner)
		case !any || g.names[0] == "__hash__":
			g.clear(t)
		}
	}
	if t.GetAttr == nil {
		t.GetAttr, t.getattrGeneric = GenericGetAttr, true
	}
}

// SlotWrapperType is wrapper_descriptor: a builtin slot in a type's dict.
var SlotWrapperType = newBuiltinType("wrapper_descriptor", ObjectType, FlagMethodDescriptor)

// MethodWrapperType is method-wrapper: a slot wrapper bound to an instance.
var MethodWrapperType = newBuiltinType("method-wrapper", ObjectType, 0)

type slotWrapper struct {
	Header
	owner *Type
	name  *Str
}

type methodWrapper struct {
	Header
	w    *slotWrapper
	self Value
}

func slotWrapperOf(v Value) (*slotWrapper, bool) {
	switch v.Type() {
	case SlotWrapperType:
		return ptrOf[slotWrapper](v), true
	case BuiltinFunctionType:
		if f := ptrOf[BuiltinFunction](v); f.m == &tpNewMethod {
			t, _ := f.self.TryType()
			return &slotWrapper{owner: t}, true
		}
	}
	return nil, false
}

// tpNewMethod is the Method behind every builtin type's __new__ (CPython's
// tp_new_wrapper), bound to the type.
var tpNewMethod = Method{Name: "__new__", Sig: "*args, **kwargs", Fn: tp_new_wrapper, Vec: tp_new_vec}

func tp_new_wrapper(self Value, a []Value) (Value, *Exception) {
	rest, kwnames := flattenKwargs(a[0].AsTuple().items, a[1])
	return tp_new_vec(self, rest, kwnames)
}

// tp_new_vec is tp_new_wrapper taking the vectorcall arguments unbound:
// T.__new__(S, ...) builds no tuple and no dict of the arguments.
func tp_new_vec(self Value, args []Value, kwnames []*Str) (Value, *Exception) {
	owner := self.AsType()
	if len(args)-len(kwnames) < 1 {
		return Value{}, NewTypeError("%s.__new__(): not enough arguments", owner.Name)
	}
	sub, ok := args[0].TryType()
	if !ok {
		return Value{}, NewTypeError("%s.__new__(X): X is not a type object (%s)", owner.Name, args[0].Type().Name)
	}
	if !sub.IsSubtype(owner) {
		return Value{}, NewTypeError("%s.__new__(%s): %s is not a subtype of %s", owner.Name, sub.Name, sub.Name, owner.Name)
	}
	if tpNewSafe.known(owner, sub) { // perf11c_newcall.go
		return owner.New(sub, args[1:], kwnames)
	}
	// As CPython: the nearest class whose __new__ is not written in Python
	// must use owner's; func values compare by code pointer.
	newPtr := func(t *Type) uintptr { return reflect.ValueOf(t.New).Pointer() }
	slotNew := reflect.ValueOf(slot_tp_new).Pointer()
	static := sub
	for static.Base != nil && (newPtr(static) == slotNew || isDelWrapped(static)) {
		static = static.Base
	}
	if newPtr(static) != newPtr(owner) {
		return Value{}, NewTypeError("%s.__new__(%s) is not safe, use %s.__new__()", owner.Name, sub.Name, static.Name)
	}
	tpNewSafe.remember(owner, sub)
	return owner.New(sub, args[1:], kwnames)
}

func isDelWrapped(t *Type) bool { _, ok := delWrappedNew.Load(t); return ok }

// flattenKwargs turns positional args and a kwargs dict (or null) into the
// vectorcall form.
func flattenKwargs(args []Value, kw Value) ([]Value, []*Str) {
	if kw.IsNull() || kw.AsDict().Len() == 0 {
		return args, nil
	}
	d := kw.AsDict()
	out := make([]Value, len(args), len(args)+d.Len())
	copy(out, args)
	names := make([]*Str, 0, d.Len())
	pos := 0
	for {
		k, v, ok := d.Next(&pos)
		if !ok {
			break
		}
		names = append(names, InternStr(k.AsStr()))
		out = append(out, v)
	}
	return out, names
}

// addSlotWrappers puts a wrapper_descriptor into d (t's dict) for every
// slot t's setup filled.
func addSlotWrappers(t *Type, d *Dict) {
	var wrappers []slotWrapper // shared by the type's wrappers, allocated in chunks
	for i, g := range slotGroups {
		if !g.has(t) {
			continue
		}
		if t.ownSlots&(1<<i) == 0 {
			continue
		}
		for _, name := range g.names {
			n := Intern(name)
			if _, ok := d.GetStr(n); ok || name == "__getattr__" { // tp_getattro shows only as __getattribute__
				continue
			}
			if name == "__radd__" && t.Len != nil && t.GetItem != nil {
				continue // a sequence's + is CPython's sq_concat, which has no __radd__
			}
			if name == "__new__" {
				d.SetStr(n, ValueOf(&BuiltinFunction{Header{BuiltinFunctionType}, &tpNewMethod, t.Value(), t, ""}))
				continue
			}
			if len(wrappers) == 0 {
				wrappers = make([]slotWrapper, 16)
			}
			w := &wrappers[0]
			wrappers = wrappers[1:]
			*w = slotWrapper{Header{SlotWrapperType}, t, n}
			d.SetStr(n, ValueOf(w))
		}
	}
}

// inheritSlots fills t's nil slots from its base (static types).
// The arithmetic groups (half of them) and those of one func field are
// tested inline: the closure calls were ~8% of `krait -V`
// (init14_slotmasks.go).
func inheritSlots(t *Type) {
	t.ownSlots = 0
	base := t.Base
	for i, g := range slotGroups {
		var set, inherit bool
		switch g.arith {
		case arithNumber:
			set = t.Number[g.op] != nil
			inherit = !set && base != nil && base.Number[g.op] != nil
		case arithInplace:
			set = t.Inplace[g.op] != nil
			inherit = !set && base != nil && base.Inplace[g.op] != nil
		default:
			if g.off != 0 {
				set = funcFieldSet(t, g.off)
				inherit = !set && base != nil && funcFieldSet(base, g.off)
			} else {
				set = g.has(t)
				inherit = !set && base != nil && g.has(base)
			}
		}
		if set {
			t.ownSlots |= 1 << i
		} else if inherit {
			g.copy(t, base)
		}
	}
}
