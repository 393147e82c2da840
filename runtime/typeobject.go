// This file defines the behaviour of type and object: attribute lookup on
// the MRO through a version-tagged method cache, generic getattr/setattr
// with data and non-data descriptors and shared-key instance attributes,
// type.__call__, object.__new__/__init__, and the C3 linearization.

package runtime

import (
	"fmt"
	"strings"
)

// Instance is the object struct of instances of classes defined in Python
// whose solid base is object: the attribute record and the __slots__ values.
type Instance struct {
	Header
	Attrs
	slotp *Value // the first of Type.nslots __slots__ values (oo19_slots.go)
}

// methodCache is CPython's type attribute cache: (version, name) -> value.
var methodCache [4096]struct {
	version uint32
	name    *Str
	value   Value
}

// Lookup finds name on t's MRO without descriptors (_PyType_Lookup); it
// returns the null Value if no class on the MRO defines name.
func (t *Type) Lookup(name *Str) Value {
	if t.Version != 0 && name.interned {
		h := (t.Version ^ uint32(uintptr(ValueOf(name).Ptr())>>3)) & 4095
		e := &methodCache[h]
		if e.version == t.Version && e.name == name {
			return e.value
		}
		v := t.lookupSlow(name)
		e.version, e.name, e.value = t.Version, name, v
		return v
	}
	return t.lookupSlow(name)
}

func (t *Type) lookupSlow(name *Str) Value {
	for _, b := range t.MRO {
		if v, ok := b.dictGet(name); ok { // startup13_lazydict.go
			return v
		}
	}
	return Value{}
}

// LookupString is Lookup with a Go string name.
func (t *Type) LookupString(name string) Value { return t.Lookup(Intern(name)) }

// get returns the attribute of an instance record, if present.
func (a *Attrs) get(name *Str) (Value, bool) {
	if a.dict != nil {
		return a.dict.GetStr(name)
	}
	if a.layout != nil {
		if i := a.layout.Index(name); i >= 0 && i < len(a.values) && !a.values[i].IsNull() {
			return a.values[i], true
		}
	}
	return Value{}, false
}

// set stores an attribute; val null deletes and reports whether it existed.
func (a *Attrs) set(root *Layout, name *Str, val Value) bool {
	if a.dict == nil && a.layout == nil {
		if root == nil {
			a.dict = NewDict()
		} else {
			a.layout = root
		}
	}
	if a.dict != nil {
		if val.IsNull() {
			return a.dict.DelStr(name)
		}
		a.dict.SetStr(name, val)
		return true
	}
	i := a.layout.Index(name)
	if i >= 0 {
		if val.IsNull() {
			if a.values[i].IsNull() {
				return false
			}
			a.materialize()
			return a.dict.DelStr(name)
		}
		a.values[i] = val
		return true
	}
	if val.IsNull() {
		return false
	}
	if len(a.layout.names) >= maxLayoutNames {
		a.materialize()
		a.dict.SetStr(name, val)
		return true
	}
	a.layout = a.layout.add(name)
	a.values = append(a.values, val)
	return true
}

// materialize moves the attributes into a dict object.
func (a *Attrs) materialize() *Dict {
	if a.dict != nil {
		return a.dict
	}
	d := NewDict()
	if a.layout != nil {
		for i, n := range a.layout.names {
			if i < len(a.values) && !a.values[i].IsNull() {
				d.SetStr(n, a.values[i])
			}
		}
	}
	// The values may sit inline in the instance's own allocation
	// (allocInstance): clear them, or they would stay reachable.
	clear(a.values)
	a.dict, a.layout, a.values = d, nil, nil
	return d
}

// Dict returns the instance's __dict__, materializing it.
func (a *Attrs) Dict() *Dict { return a.materialize() }

// setDict replaces the instance's __dict__ (obj.__dict__ = d).
func (a *Attrs) setDict(d *Dict) {
	clear(a.values) // possibly inline in the instance (see materialize)
	a.dict, a.layout, a.values = d, nil, nil
}

// isDataDescr reports whether v's type defines __set__ or __delete__.
func isDataDescr(v Value) bool { return v.Type().DescrSet != nil }

// GenericGetAttr is object.__getattribute__: data descriptors on the type,
// then the instance attributes, then other class attributes (non-data
// descriptors bound through __get__).
func GenericGetAttr(v Value, name *Str) (Value, *Exception) {
	r, err := genericGetAttrOpt(v, name)
	if err == nil && r.IsNull() {
		return Value{}, noAttributeError(v, name)
	}
	return r, err
}

// genericGetAttrOpt is GenericGetAttr returning the null Value instead of
// raising AttributeError when the attribute is simply missing.
func genericGetAttrOpt(v Value, name *Str) (Value, *Exception) {
	t := v.Type()
	if !name.interned {
		name = InternStr(name)
	}
	descr := t.Lookup(name)
	var get func(descr, obj Value, typ *Type) (Value, *Exception)
	if !descr.IsNull() {
		dt := descr.Type()
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			return get(descr, v, t)
		}
	}
	if t.InstAttrs != nil {
		if a := t.InstAttrs(v); a != nil {
			if r, ok := a.get(name); ok {
				return r, nil
			}
		}
	}
	if get != nil {
		return get(descr, v, t)
	}
	return descr, nil
}

// noAttributeError is the AttributeError for a missing attribute, carrying
// name and obj for the "Did you mean" suggestion.
func noAttributeError(v Value, name *Str) *Exception {
	e := NewAttributeError("'%s' object has no attribute '%s'", v.Type().Name, name.S)
	e.setAttrErrorInfo(name, v)
	return e
}

func (e *Exception) setAttrErrorInfo(name *Str, obj Value) {
	e.extra = []Value{ValueOf(name), obj}
}

// GenericSetAttr is object.__setattr__ / __delattr__ (val null).
func GenericSetAttr(v Value, name *Str, val Value) *Exception {
	t := v.Type()
	if !name.interned {
		name = InternStr(name)
	}
	descr := t.Lookup(name)
	if !descr.IsNull() {
		if set := descr.Type().DescrSet; set != nil {
			return set(descr, v, val)
		}
	}
	if t.InstAttrs == nil || t.InstAttrs(v) == nil {
		if descr.IsNull() {
			return noAttributeError(v, name)
		}
		return NewAttributeError("'%s' object attribute '%s' is read-only", t.Name, name.S)
	}
	a := t.InstAttrs(v)
	if !a.set(t.layout, name, val) && val.IsNull() {
		return noAttributeError(v, name)
	}
	return nil
}

// type_getattro looks name up on the metatype (data descriptors first), then
// on the type's own MRO, as type.__getattribute__ does.
func type_getattro(tv Value, name *Str) (Value, *Exception) {
	r, err := typeGetAttrOpt(tv, name)
	if err == nil && r.IsNull() {
		e := NewAttributeError("type object '%s' has no attribute '%s'", tv.AsType().Name, name.S)
		e.setAttrErrorInfo(name, tv)
		return Value{}, e
	}
	return r, err
}

func typeGetAttrOpt(tv Value, name *Str) (Value, *Exception) {
	t := tv.AsType()
	meta := tv.Type()
	if !name.interned {
		name = InternStr(name)
	}
	metaAttr := meta.Lookup(name)
	var metaGet func(descr, obj Value, typ *Type) (Value, *Exception)
	if !metaAttr.IsNull() {
		mt := metaAttr.Type()
		metaGet = mt.DescrGet
		if metaGet != nil && mt.DescrSet != nil {
			return metaGet(metaAttr, tv, meta)
		}
	}
	if attr := t.Lookup(name); !attr.IsNull() {
		if get := attr.Type().DescrGet; get != nil {
			return get(attr, Value{}, t)
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(metaAttr, tv, meta)
	}
	return metaAttr, nil
}

// type_setattro sets an attribute of a class, invalidating version tags and
// re-deriving slots when a dunder changes.
func type_setattro(tv Value, name *Str, val Value) *Exception {
	t := tv.AsType()
	if t.Flags&FlagImmutable != 0 {
		if val.IsNull() {
			return NewTypeError("cannot set '%s' attribute of immutable type '%s'", name.S, t.Name)
		}
		return NewTypeError("cannot set '%s' attribute of immutable type '%s'", name.S, t.Name)
	}
	if !name.interned {
		name = InternStr(name)
	}
	meta := tv.Type()
	if descr := meta.Lookup(name); !descr.IsNull() {
		if set := descr.Type().DescrSet; set != nil {
			return set(descr, tv, val)
		}
	}
	if val.IsNull() {
		if !t.Dict().DelStr(name) {
			return NewAttributeError("type object '%s' has no attribute '%s'", t.Name, name.S)
		}
	} else {
		t.Dict().SetStr(name, val)
	}
	t.Modified()
	if strings.HasPrefix(name.S, "__") && strings.HasSuffix(name.S, "__") {
		t.updateSlotsDeep()
	}
	return nil
}

// updateSlotsDeep re-derives the slots of t and every subclass.
func (t *Type) updateSlotsDeep() {
	fixupSlots(t)
	for _, s := range t.subclasses {
		if st := s.get(); st != nil {
			st.updateSlotsDeep()
		}
	}
}

// type_call is type.__call__: type(x) returns x's type; otherwise create an
// instance with __new__ and initialize it with __init__.
func type_call(callable Value, args []Value, kwnames []*Str) (Value, *Exception) {
	t := callable.AsType()
	if t == TypeType {
		if len(args) == 1 && len(kwnames) == 0 {
			return args[0].Type().Value(), nil
		}
		if len(args)-len(kwnames) == 1 { // type_vectorcall
			return Value{}, NewTypeError("type() takes no keyword arguments")
		}
		if len(args)-len(kwnames) != 3 {
			return Value{}, NewTypeError("type() takes 1 or 3 arguments")
		}
	}
	if t.New == nil {
		return Value{}, NewTypeError("cannot create '%s' instances", t.Name)
	}
	obj, err := t.New(t, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	ot := obj.Type()
	if ot != t && !ot.IsSubtype(t) {
		return obj, nil
	}
	if ot.Init != nil {
		if err := ot.Init(obj, args, kwnames); err != nil {
			return Value{}, err
		}
	}
	return obj, nil
}

// newInstance allocates an instance of a class whose solid base is object.
func newInstance(t *Type) Value {
	o := allocInstance(t)
	if t.hasDel {
		registerDel(ValueOf(o)) // finalizer.go
	}
	return ValueOf(o)
}

// object_new is object.__new__: excess arguments are an error unless the
// class overrides __init__ (and not __new__), as CPython's excess_args rule.
func object_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	if len(args) > 0 {
		if ownNew := overridesNew(t); ownNew || !t.hasOwnSlot("__init__") {
			if ownNew {
				return Value{}, NewTypeError("object.__new__() takes exactly one argument (the type to instantiate)")
			}
			return Value{}, NewTypeError("%s() takes no arguments", t.Name)
		}
	}
	if t.Flags&FlagAbstract != 0 {
		return Value{}, abstractError(t)
	}
	return newInstance(t), nil
}

// overridesNew reports whether CPython's tp_new of t would not be
// object_new: a class before object in the MRO defines __new__. A class
// dict holding object.__new__ itself keeps the slot its bases give (as
// update_one_slot's tp_new_wrapper case), so it does not count.
func overridesNew(t *Type) bool {
	o, _ := ObjectType.Dict().GetStr(strDunderNewSlot)
	for _, c := range t.MRO {
		if c == ObjectType {
			break
		}
		if v, ok := c.Dict().GetStr(strDunderNewSlot); ok && v != o {
			return true
		}
	}
	return false
}

// hasOwnSlot reports whether t (or a base other than object) overrides the
// object slot dunder (its lookup does not end at object).
func (t *Type) hasOwnSlot(name string) bool {
	// object_init runs on every call of a builtin type without its own
	// __init__ (range(n), tuple(x)): use the pre-interned names, not Intern's lock.
	var s *Str
	switch name {
	case "__init__":
		s = strDunderInitSlot
	case "__new__":
		s = strDunderNewSlot
	default:
		s = Intern(name)
	}
	v := t.Lookup(s)
	o, _ := ObjectType.Dict().GetStr(s)
	return !v.IsNull() && v != o
}

var strDunderInitSlot, strDunderNewSlot = Intern("__init__"), Intern("__new__")

func abstractError(t *Type) *Exception {
	am, _ := GetAttrString(t.Value(), "__abstractmethods__")
	var names []string
	if !am.IsNull() {
		if it, err := Iter(am); err == nil {
			for {
				x, err := Next(it)
				if err != nil || x.IsNull() {
					break
				}
				if s, ok := x.TryStr(); ok {
					names = append(names, s.S)
				}
			}
		}
	}
	sortStrings(names)
	q := names // 3.11 lists the names unquoted (3.12 added quotes)
	word := "method"
	if len(names) != 1 {
		word = "methods"
	}
	return NewTypeError("Can't instantiate abstract class %s with abstract %s %s", t.Name, word, strings.Join(q, ", "))
}

// object_init is object.__init__.
func object_init(self Value, args []Value, kwnames []*Str) *Exception {
	if len(args) > 0 {
		t := self.Type()
		if t.hasOwnSlot("__init__") {
			return NewTypeError("object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if !t.hasOwnSlot("__new__") {
			return NewTypeError("%s.__init__() takes exactly one argument (the instance to initialize)", t.Name)
		}
	}
	return nil
}

func object_repr(v Value) (Value, *Exception) {
	t := v.Type()
	mod := typeModule(t)
	if mod != "" && mod != "builtins" {
		return StrValue(fmt.Sprintf("<%s.%s object at %#x>", mod, t.Qualname, v.Ptr())), nil
	}
	return StrValue(fmt.Sprintf("<%s object at %#x>", t.Qualname, v.Ptr())), nil
}

func object_str(v Value) (Value, *Exception) {
	if t := v.Type(); t.Repr != nil { // the repr slot unchecked: str() checks
		return callRecursive(t.Repr, v)
	}
	r, err := Repr(v)
	if err != nil {
		return Value{}, err
	}
	return ValueOf(r), nil
}

// object_richcompare is object's comparison: == is identity, != inverts
// __eq__, the orderings are not implemented.
func object_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	switch op {
	case Eq:
		if v.Is(w) {
			return True, nil
		}
		return NotImplemented, nil
	case Ne:
		eq := v.Type().Lookup(Intern("__eq__"))
		if oe, _ := ObjectType.Dict().GetStr(Intern("__eq__")); eq == oe || v.Type().RichCompare == nil {
			if v.Is(w) {
				return False, nil
			}
			return NotImplemented, nil
		}
		r, err := v.Type().RichCompare(v, w, Eq)
		if err != nil || r == NotImplemented {
			return r, err
		}
		b, err := IsTrue(r)
		if err != nil {
			return Value{}, err
		}
		return Bool(!b), nil
	}
	return NotImplemented, nil
}

// typeModule returns t.__module__ as a string ("builtins" for builtins).
func typeModule(t *Type) string {
	if t.Flags&FlagHeapType != 0 && t.Dict() != nil {
		if m, ok := t.Dict().GetStr(Intern("__module__")); ok {
			if s, ok := m.TryStr(); ok {
				return s.S
			}
		}
		return ""
	}
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
		return t.Name[:i]
	}
	return "builtins"
}

func type_repr(v Value) (Value, *Exception) {
	t := v.AsType()
	mod := typeModule(t)
	if mod != "" && mod != "builtins" {
		return StrValue(fmt.Sprintf("<class '%s.%s'>", mod, t.Qualname)), nil
	}
	return StrValue(fmt.Sprintf("<class '%s'>", t.Qualname)), nil
}

// mroMerge computes the C3 linearization of t with bases, or the
// TypeError CPython raises when none exists.
func mroMerge(t *Type, bases []*Type) ([]*Type, *Exception) {
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	for i, b := range bases {
		for _, c := range bases[i+1:] {
			if b == c {
				return nil, NewTypeError("duplicate base class %s", b.Name)
			}
		}
	}
	out := []*Type{t}
	for {
		nonEmpty := false
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = true
			}
		}
		if !nonEmpty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			if !inTail(seqs, c) {
				cand = c
				break
			}
		}
		if cand == nil {
			return nil, mroError(seqs)
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

func inTail(seqs [][]*Type, c *Type) bool {
	for _, s := range seqs {
		for _, x := range s[min(1, len(s)):] {
			if x == c {
				return true
			}
		}
	}
	return false
}

// mroError is "Cannot create a consistent method resolution order (MRO) for
// bases A, B", listing the heads still unmerged, each once.
func mroError(seqs [][]*Type) *Exception {
	var names []string
	seen := map[*Type]bool{}
	for _, s := range seqs {
		if len(s) > 0 && !seen[s[0]] {
			seen[s[0]] = true
			names = append(names, s[0].Name)
		}
	}
	return NewTypeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
