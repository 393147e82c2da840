// This file defines class creation: __build_class__ (metaclass
// calculation, __prepare__, running the class body), type.__new__ (bases,
// layout, __slots__, MRO, slot derivation, __set_name__,
// __init_subclass__), the slots of type and object themselves, and super.

package runtime

import (
	"sort"
	"strings"
)

func builtin_build_class(self Value, a []Value) (Value, *Exception) {
	fn, ok := tryFunction(a[0])
	if !ok {
		return Value{}, NewTypeError("__build_class__: func must be a function")
	}
	nameS, ok := a[1].TryStr()
	if !ok {
		return Value{}, NewTypeError("__build_class__: name is not a string")
	}
	origBases := a[2].AsTuple().items
	bases, err := resolveMroEntries(origBases)
	if err != nil {
		return Value{}, err
	}
	var kwds *Dict
	if !a[3].IsNull() {
		kwds = a[3].AsDict().Copy()
	}
	var meta Value
	isClass := false
	if kwds != nil {
		if m, ok := kwds.GetStr(Intern("metaclass")); ok {
			meta = m
			kwds.DelStr(Intern("metaclass"))
			_, isClass = m.TryType()
		}
	}
	if meta.IsNull() {
		if len(bases) == 0 {
			meta = TypeType.Value()
		} else {
			meta = bases[0].Type().Value()
		}
		isClass = true
	}
	if isClass {
		w, err := calculateMetaclass(meta.AsType(), bases)
		if err != nil {
			return Value{}, err
		}
		meta = w.Value()
	}
	basesTuple := TupleValue(bases...)
	kwArgs, kwNames := flattenKwargs(nil, dictValueOrNull(kwds))
	var ns Value
	prep, err := GetAttrString(meta, "__prepare__")
	if err == nil {
		ns, err = Call(prep, append([]Value{a[1], basesTuple}, kwArgs...), kwNames)
		if err != nil {
			return Value{}, err
		}
	} else if err.Matches(AttributeErrorType) {
		ns = NewDict().Value()
	} else {
		return Value{}, err
	}
	if ns.Type().GetItem == nil {
		return Value{}, NewTypeError("%s.__prepare__() must return a mapping, not %s", metaName(meta), ns.Type().Name)
	}
	cell, err := runClassBody(fn, ns)
	if err != nil {
		return Value{}, err
	}
	if len(origBases) != len(bases) || !sameValues(origBases, bases) {
		if err := SetItem(ns, StrValue("__orig_bases__"), TupleValue(origBases...)); err != nil {
			return Value{}, err
		}
	}
	cls, err := Call(meta, append([]Value{a[1], basesTuple, ns}, kwArgs...), kwNames)
	if err != nil {
		return Value{}, err
	}
	if _, isType := cls.TryType(); !isType {
		return cls, nil // a metaclass may return anything; only classes are checked
	}
	if c, ok := cell.TryCell(); ok {
		if c.v.IsNull() || !c.v.Is(cls) {
			if c.v.IsNull() {
				return Value{}, NewRuntimeError("__class__ not set defining '%s' as %s. Was __classcell__ propagated to type.__new__?", nameS.S, reprOrEmpty(cls))
			}
			return Value{}, NewTypeError("__class__ set to %s defining '%s' as %s", reprOrEmpty(c.v), nameS.S, reprOrEmpty(cls))
		}
	}
	return cls, nil
}

func reprOrEmpty(v Value) string {
	s, err := Repr(v)
	if err != nil {
		return "?"
	}
	return s.S
}

func sameValues(a, b []Value) bool {
	for i := range a {
		if !a[i].Is(b[i]) {
			return false
		}
	}
	return true
}

func metaName(meta Value) string {
	if t, ok := meta.TryType(); ok {
		return t.Name
	}
	return "<metaclass>"
}

func dictValueOrNull(d *Dict) Value {
	if d == nil {
		return Value{}
	}
	return d.Value()
}

// resolveMroEntries replaces non-class bases by their __mro_entries__.
func resolveMroEntries(bases []Value) ([]Value, *Exception) {
	var out []Value
	changed := false
	for i, b := range bases {
		if _, ok := b.TryType(); ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		me, err := GetAttrString(b, "__mro_entries__")
		if err != nil {
			if !err.Matches(AttributeErrorType) {
				return nil, err
			}
			if changed {
				out = append(out, b)
			}
			continue
		}
		r, err := Call(me, []Value{TupleValue(bases...)}, nil)
		if err != nil {
			return nil, err
		}
		t, ok := r.TryTuple()
		if !ok {
			return nil, NewTypeError("__mro_entries__ must return a tuple")
		}
		if !changed {
			out = append(out, bases[:i]...)
			changed = true
		}
		out = append(out, t.items...)
	}
	if !changed {
		return bases, nil
	}
	return out, nil
}

// runClassBody executes the class body function with ns as its locals and
// returns what it returns (the __class__ cell, if any).
func runClassBody(fn *Function, ns Value) (Value, *Exception) {
	th := curThread
	if th.depth >= th.recursionLimit {
		return Value{}, NewRecursionError("maximum recursion depth exceeded")
	}
	nf := th.pushFrame(fn.code, th.top)
	clear(nf.regs)
	nf.fn, nf.globals, nf.builtins, nf.locals = fn, fn.globals, fn.builtins, ns
	presizeNamespace(fn.code, ns) // startup10_namespace.go
	setupCells(nf, fn)
	th.depth++
	r, err := th.run(nf)
	th.depth--
	th.popFrame(nf)
	return r, err
}

// calculateMetaclass returns the most derived metaclass of meta and the
// bases' metaclasses.
func calculateMetaclass(meta *Type, bases []Value) (*Type, *Exception) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, NewTypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// nonTypeBaseError is type_new's error for a base b that is not a type:
// the MRO-entry refusal, a metaclass conflict, or "bases must be types",
// checked in CPython's order.
func nonTypeBaseError(meta *Type, bases []Value, b Value) *Exception {
	for _, x := range bases {
		if _, ok := x.TryType(); ok {
			continue
		}
		if _, err := GetAttr(x, Intern("__mro_entries__")); err == nil {
			return NewTypeError("type() doesn't support MRO entry resolution; use types.new_class()")
		} else if !err.Matches(AttributeErrorType) {
			return err
		}
	}
	if _, err := calculateMetaclass(meta, bases); err != nil {
		return err
	}
	return NewTypeError("bases must be types")
}

var typeNewMethod = Method{Name: "type.__new__", Sig: "name, bases, dict, /, **kwds"}

// type_new is type.__new__(meta, name, bases, dict, **kwds).
func type_new(meta *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	npos := len(args) - len(kwnames)
	if npos != 3 {
		if npos == 1 && meta == TypeType && len(kwnames) == 0 {
			return args[0].Type().Value(), nil
		}
		return Value{}, NewTypeError("type.__new__() takes exactly 3 arguments (%d given)", npos)
	}
	name, ok := args[0].TryStr()
	if !ok {
		return Value{}, NewTypeError("type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	bt, ok := args[1].TryTuple()
	if !ok {
		return Value{}, NewTypeError("type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	ns, ok := args[2].TryDict()
	if !ok {
		return Value{}, NewTypeError("type.__new__() argument 3 must be dict, not %s", args[2].Type().Name)
	}
	if nt := args[2].Type(); nt != DictType && !nt.Lookup(strIter).Is(DictType.Lookup(strIter)) {
		var err *Exception // an OrderedDict gives its own order (dict_merge)
		if ns, err = dictByKeys(args[2]); err != nil {
			return Value{}, err
		}
	}
	if err := checkTypeName(name.S); err != nil {
		return Value{}, err
	}
	if d, ok := ns.GetStr(Intern("__doc__")); ok {
		if ds, ok := d.TryStr(); ok { // stored as UTF-8 (tp_doc)
			if _, ce := Encode(ds.S, "utf-8", "strict"); ce != nil {
				return Value{}, CodecException(ce)
			}
		}
	}
	bases := make([]*Type, len(bt.items))
	for i, b := range bt.items {
		t, ok := b.TryType()
		if !ok {
			return Value{}, nonTypeBaseError(meta, bt.items, b)
		}
		bases[i] = t
	}
	if w, err := calculateMetaclass(meta, bt.items); err != nil {
		return Value{}, err
	} else if w != meta && w.New != nil {
		if w.New != nil && !w.hasOwnNew() {
			meta = w
		} else {
			return w.New(w, args, kwnames)
		}
	}
	t, err := NewClass(meta, name.S, bases, ns)
	if err != nil {
		return Value{}, err
	}
	if err := initSubclass(t, args[npos:], kwnames); err != nil {
		return Value{}, err
	}
	return t.Value(), nil
}

// dictByKeys copies a mapping into a new dict through its keys() and
// __getitem__, in the order keys() gives.
func dictByKeys(m Value) (*Dict, *Exception) {
	keys, err := callMethodByName(m, "keys")
	if err != nil {
		return nil, err
	}
	items, err := collectIter(keys)
	if err != nil {
		return nil, err
	}
	d := NewDict()
	for _, k := range items {
		v, err := GetItem(m, k)
		if err != nil {
			return nil, err
		}
		if err := d.SetItem(k, v); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// hasOwnNew reports whether a metaclass defines its own __new__ in Python.
func (t *Type) hasOwnNew() bool {
	v := t.LookupString("__new__")
	w, ok := slotWrapperOf(v)
	return !ok || w.owner != TypeType
}

// NewClass creates a class as type.__new__ does, without __init_subclass__.
func NewClass(meta *Type, name string, bases []*Type, ns *Dict) (*Type, *Exception) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return nil, NewTypeError("type '%s' is not an acceptable base type", b.Name)
		}
	}
	base, err := bestBase(bases)
	if err != nil {
		return nil, err
	}
	t := &Type{Header: Header{meta}, Name: name, Qualname: name, Base: base, Bases: bases,
		Flags: FlagHeapType | FlagBaseType | base.Flags&(FlagIntSubclass|FlagStrSubclass|FlagTupleSubclass|FlagListSubclass|FlagDictSubclass|FlagTypeSubclass|FlagExceptionSubclass)}
	t.dict = ns.Copy()
	if q, ok := t.Dict().GetStr(Intern("__qualname__")); ok {
		qs, ok := q.TryStr()
		if !ok {
			return nil, NewTypeError("type __qualname__ must be a str, not %s", q.Type().Name)
		}
		t.Qualname = qs.S
		t.Dict().DelStr(Intern("__qualname__"))
	}
	if _, ok := t.Dict().GetStr(Intern("__module__")); !ok {
		if f := curThread.cur; f != nil {
			if n, ok := f.globals.GetStr(Intern("__name__")); ok {
				t.Dict().SetStr(Intern("__module__"), n)
			}
		}
	}
	wrapSpecialMethods(t)
	cell, hasCell := t.Dict().GetStr(Intern("__classcell__"))
	if hasCell { // taken out first: __slots__ may name __classcell__
		t.Dict().DelStr(Intern("__classcell__"))
		c, ok := cell.TryCell()
		if !ok {
			return nil, NewTypeError("__classcell__ must be a nonlocal cell, not %s", typeReprText(cell.Type()))
		}
		c.v = t.Value() // before a metaclass's mro() runs methods
	}
	if err := setupLayout(t, base); err != nil {
		return nil, err
	}
	mro, err := mroInternal(t) // type_bases.go
	if err != nil {
		return nil, err
	}
	if t.MRO == nil { // else mro() set __bases__, which computed it
		t.MRO = mro
	}
	inheritCollectionFlags(t)
	if _, ok := t.Dict().GetStr(Intern("__doc__")); !ok { // after the __slots__ check: __doc__ may be a slot
		t.Dict().SetStr(Intern("__doc__"), None)
	}
	for _, b := range bases {
		b.addSubclass(t)
	}
	t.assignVersion()
	fixupSlots(t)
	setupDel(t) // instances get a finalizer calling __del__ (finalizer.go)

	if err := setNames(t); err != nil {
		return nil, err
	}
	return t, nil
}

// wrapSpecialMethods turns plain functions into the static and class
// methods CPython makes of __new__, __init_subclass__, __class_getitem__,
// and sets __hash__ = None when __eq__ is defined without __hash__.
func wrapSpecialMethods(t *Type) {
	if f, ok := t.Dict().GetStr(Intern("__new__")); ok && f.Type() == FunctionType {
		t.Dict().SetStr(Intern("__new__"), ValueOf(&StaticMethod{Header: Header{StaticMethodType}, fn: f}))
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := t.Dict().GetStr(Intern(n)); ok && f.Type() == FunctionType {
			t.Dict().SetStr(Intern(n), ValueOf(&ClassMethod{Header: Header{ClassMethodType}, fn: f}))
		}
	}
	if _, ok := t.Dict().GetStr(Intern("__eq__")); ok {
		if _, ok := t.Dict().GetStr(Intern("__hash__")); !ok {
			t.Dict().SetStr(Intern("__hash__"), None)
		}
	}
}

// bestBase returns the base whose layout the new class extends, or the
// layout-conflict TypeError.
func bestBase(bases []*Type) (*Type, *Exception) {
	for _, b := range bases {
		if b.MRO == nil { // its metaclass's mro() is running
			return nil, NewTypeError("Cannot extend an incomplete type '%s'", b.Name)
		}
	}
	var base, winner *Type
	for _, b := range bases {
		candidate := solidBase(b)
		switch {
		case winner == nil:
			winner, base = candidate, b
		case winner.IsSubtype(candidate):
		case candidate.IsSubtype(winner):
			winner, base = candidate, b
		default:
			return nil, NewTypeError("multiple bases have instance lay-out conflict")
		}
	}
	return base, nil
}

// solidBase is the nearest type on the base chain that fixes the layout.
func solidBase(t *Type) *Type {
	for t.Flags&FlagHeapType != 0 && t.nslots == t.Base.nslots {
		t = t.Base
	}
	if t.Flags&FlagHeapType != 0 {
		return t
	}
	for t.Base != nil && t.layoutSameAsBase() {
		t = t.Base
	}
	return t
}

// layoutSameAsBase reports builtin types that add no fields to their base.
func (t *Type) layoutSameAsBase() bool {
	switch t {
	case BoolType:
		return false
	}
	if t.IsSubtype(BaseExceptionType) && t != BaseExceptionType {
		return true
	}
	return false
}

// setupLayout handles __slots__ and the instance attribute record.
func setupLayout(t *Type, base *Type) *Exception {
	t.nslots = base.nslots
	slotsV, hasSlots := t.Dict().GetStr(Intern("__slots__"))
	wantsDict, wantsWeak := false, false
	if hasSlots {
		var names []Value
		if s, ok := slotsV.TryStr(); ok {
			names = []Value{ValueOf(s)}
		} else {
			items, err := collectIter(slotsV)
			if err != nil {
				return err
			}
			names = items
		}
		if len(names) > 0 && hasItemSize(base) {
			return NewTypeError("nonempty __slots__ not supported for subtype of '%s'", base.Name)
		}
		var members []string
		for _, n := range names {
			s, ok := n.TryStr()
			if !ok {
				return NewTypeError("__slots__ items must be strings, not '%s'", n.Type().Name)
			}
			if !StrIsIdentifier(s.S) {
				return NewTypeError("__slots__ must be identifiers")
			}
			if s.S == "__dict__" {
				if wantsDict || layoutHasDict(base) {
					return NewTypeError("__dict__ slot disallowed: we already got one")
				}
				wantsDict = true
				continue
			}
			if s.S == "__weakref__" {
				if wantsWeak || hasItemSize(base) || !base.Lookup(Intern("__weakref__")).IsNull() {
					return NewTypeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
				}
				wantsWeak = true
				continue
			}
			mangled := mangleName(t.Name, s.S)
			// __qualname__ and __classcell__ are in the namespace only
			// until the class is made.
			if _, ok := t.Dict().GetStr(Intern(mangled)); ok && mangled != "__qualname__" && mangled != "__classcell__" {
				return NewValueError("'%s' in __slots__ conflicts with class variable", s.S)
			}
			members = append(members, mangled)
		}
		// As CPython, slots are laid out in sorted order, so that classes
		// naming the same slots in another order share a layout.
		sort.Strings(members)
		for _, mangled := range members {
			if old, ok := t.Dict().GetStr(Intern(mangled)); ok && old.Type() == MemberDescrType && ptrOf[memberDescr](old).owner == t {
				continue // named twice in __slots__ (datetime does): one slot
			}
			t.Dict().SetStr(Intern(mangled), ValueOf(&memberDescr{Header: Header{MemberDescrType}, name: Intern(mangled), owner: t, index: t.nslots}))
			t.nslots++
		}
	}
	// Secondary bases may provide a __dict__ or __weakref__ slot.
	for _, b := range t.Bases {
		if b != base && hasSlots {
			wantsDict = wantsDict || layoutHasDict(b) && !layoutHasDict(base)
			wantsWeak = wantsWeak || hasWeakrefSlot(b) && !hasWeakrefSlot(base) // type_bases.go
		}
	}
	defer addWeakrefSlot(t, base, !hasSlots || wantsWeak) // export_thread.go
	baseHasDict := base.InstAttrs != nil
	if isInstanceLayout(t) {
		switch {
		case baseHasDict:
			t.InstAttrs = instanceAttrs
		case !hasSlots || wantsDict:
			t.InstAttrs = instanceAttrs
			addDictGetSet(t)
		default:
			t.nodict = true
		}
		if t.InstAttrs != nil {
			t.layout = newRootLayout()
		}
		return nil
	}
	switch rec := slotAttrsFunc(base); {
	case layoutHasDict(base):
		t.InstAttrs = base.InstAttrs
	case rec != nil && (!hasSlots || wantsDict):
		t.InstAttrs = rec
		addDictGetSet(t)
	default:
		t.nodict = true
	}
	if t.InstAttrs != nil && t.Flags&FlagExceptionSubclass != 0 {
		// self.key = key in an exception's __init__: shared-key values as
		// for instances, not a dict per exception (perf10a_exc.go).
		t.layout = newRootLayout()
	}
	return nil
}

// addDictGetSet gives a class the __dict__ descriptor of its instances,
// unless the class body defines __dict__ itself (CPython's setdefault).
func addDictGetSet(t *Type) {
	if _, ok := t.Dict().GetStr(Intern("__dict__")); !ok {
		addGetSets(t, t.Dict(), []GetSetDef{{Name: "__dict__", Get: instanceDictGet, Set: instanceDictSet,
			Doc: "dictionary for instance variables (if defined)"}})
	}
}

// layoutHasDict reports whether instances of base have a __dict__. A
// builtin type keeps an attribute record for its subclasses' instances
// (InstAttrs), but only those with a __dict__ descriptor (functions,
// exceptions) give their own instances a __dict__.
func layoutHasDict(base *Type) bool {
	if base.Flags&FlagHeapType == 0 && base != ObjectType {
		return base.InstAttrs != nil && !base.Lookup(Intern("__dict__")).IsNull()
	}
	return base.InstAttrs != nil
}

// slotAttrsFunc returns the InstAttrs of the nearest type on t's base
// chain that has one: where instances of a class derived from a builtin
// type keep their attributes and __slots__ values, with or without a
// __dict__.
func slotAttrsFunc(t *Type) func(Value) *Attrs {
	for ; t != nil; t = t.Base {
		if t.InstAttrs != nil {
			return t.InstAttrs
		}
	}
	return nil
}

// hasItemSize reports whether t's instances are variable-sized in CPython
// (tp_itemsize != 0), which leaves no room for __slots__.
func hasItemSize(t *Type) bool {
	for ; t != nil; t = t.Base {
		switch t {
		case IntType, BytesType, TupleType, TypeType:
			return true
		}
	}
	return false
}

// isInstanceLayout reports whether t's instances are Instance structs.
func isInstanceLayout(t *Type) bool {
	for b := t; b != nil; b = b.Base {
		if b.Flags&FlagHeapType == 0 {
			return b == ObjectType
		}
	}
	return false
}

func instanceAttrs(v Value) *Attrs { return &ptrOf[Instance](v).Attrs }

// instAttrsOf returns v's attribute record, or nil when v's type keeps
// none (a metaclass deriving from a class reaches a type object here).
func instAttrsOf(v Value) *Attrs {
	if f := v.Type().InstAttrs; f != nil {
		return f(v)
	}
	return nil
}

// builtinDictDescr returns the __dict__ descriptor of the nearest builtin
// base of v's type whose instances have their own __dict__ (type, module,
// exceptions), which a class's __dict__ descriptor defers to, as CPython's
// subtype_dict; or the null Value.
func builtinDictDescr(v Value) Value {
	for t := v.Type(); t.Base != nil; t = t.Base {
		if t.Flags&FlagHeapType == 0 {
			if d, ok := t.Dict().GetStr(Intern("__dict__")); ok {
				if d.Type() == GetSetType && funcPC(ptrOf[GetSet](d).Get) == funcPC(instanceDictGet) {
					return Value{} // the builtin uses this very descriptor
				}
				return d
			}
		}
	}
	return Value{}
}

func instanceDictGet(v Value) (Value, *Exception) {
	if d := builtinDictDescr(v); !d.IsNull() && d.Type().DescrGet != nil {
		return d.Type().DescrGet(d, v, v.Type())
	}
	a := instAttrsOf(v)
	if t, ok := v.TryType(); ok && a == nil { // type's own __dict__ (subtype_dict)
		return newMappingProxy(t.Dict().Value()), nil
	}
	if a == nil {
		return Value{}, NewAttributeError("'%s' object has no attribute '__dict__'", v.Type().Name)
	}
	return a.Dict().Value(), nil
}

func instanceDictSet(v, x Value) *Exception {
	if d := builtinDictDescr(v); !d.IsNull() {
		if set := d.Type().DescrSet; set != nil {
			return set(d, v, x)
		}
		return NewAttributeError("attribute '__dict__' of '%s' objects is not writable", v.Type().Name)
	}
	a := instAttrsOf(v)
	if _, ok := v.TryType(); ok && a == nil {
		return NewAttributeError("attribute '__dict__' of 'type' objects is not writable")
	}
	if a == nil {
		return NewAttributeError("'%s' object has no attribute '__dict__'", v.Type().Name)
	}
	if x.IsNull() {
		a.setDict(NewDict())
		return nil
	}
	d, ok := x.TryDict()
	if !ok {
		return NewTypeError("__dict__ must be set to a dictionary, not a '%s'", x.Type().Name)
	}
	a.setDict(d)
	return nil
}

// mangleName applies private name mangling (__x in class C is _C__x).
func mangleName(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	c := strings.TrimLeft(class, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

// setNames calls __set_name__ on the class attributes that define it.
func setNames(t *Type) *Exception {
	keys := t.Dict().Keys()
	for _, k := range keys {
		v, ok, _ := t.Dict().GetItem(k)
		if !ok {
			continue
		}
		sn := v.Type().Lookup(Intern("__set_name__"))
		if sn.IsNull() {
			continue
		}
		if _, err := callSpecial(v, Intern("__set_name__"), t.Value(), k); err != nil {
			ks, _ := Repr(k)
			e := NewRuntimeError("Error calling __set_name__ on '%s' instance %s in '%s'", v.Type().Name, ks.S, t.Name)
			e.Cause, e.Context, e.SuppressContext = err, err, true
			return e
		}
	}
	return nil
}

// initSubclass calls super(t, t).__init_subclass__(**kwargs).
func initSubclass(t *Type, kwvals []Value, kwnames []*Str) *Exception {
	name := Intern("__init_subclass__")
	// As super(t, t).__init_subclass__: the search starts after t in its
	// MRO, which a metaclass's mro() may have left t out of.
	i := 0
	for i < len(t.MRO) && t.MRO[i] != t {
		i++
	}
	if i == len(t.MRO) {
		return NewTypeError("super(type, obj): obj must be an instance or subtype of type")
	}
	for _, b := range t.MRO[i+1:] {
		v, ok := b.Dict().GetStr(name)
		if !ok {
			continue
		}
		f, err := bindDescrTo(v, Value{}, t)
		if err != nil {
			return err
		}
		_, err = Call(f, kwvals, kwnames)
		return err
	}
	return nil
}

// bindDescrTo binds a class attribute found for obj (null: the class t).
func bindDescrTo(v, obj Value, t *Type) (Value, *Exception) {
	if g := v.Type().DescrGet; g != nil {
		return g(v, obj, t)
	}
	return v, nil
}

// type_init is type.__init__: only argument counting.
func type_init(self Value, args []Value, kwnames []*Str) *Exception {
	n := len(args) - len(kwnames)
	if n != 1 && n != 3 {
		return NewTypeError("type.__init__() takes 1 or 3 arguments")
	}
	return nil
}

var objectMethods = []Method{
	{Name: "__init_subclass__", Flags: MethClass | MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return None, nil }},
	{Name: "__subclasshook__", Sig: "*args", Flags: MethClass, Fn: func(self Value, a []Value) (Value, *Exception) { return NotImplemented, nil }},
	{Name: "__format__", Sig: "format_spec, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		s, ok := a[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("__format__() argument must be str, not %s", a[0].Type().Name)
		}
		if s.S != "" {
			return Value{}, NewTypeError("unsupported format string passed to %s.__format__", self.Type().Name)
		}
		return StrOfValue(self)
	}},
	{Name: "__dir__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		if _, err := GetAttrString(self, "__class__"); err != nil {
			// CPython lists the class's names only when self.__class__
			// can be read; otherwise just the instance __dict__.
			return objectDirNoClass(self), nil
		}
		names := dirNames(self)
		items := make([]Value, len(names))
		for i, n := range names {
			items[i] = StrValue(n)
		}
		return NewList(items), nil
	}},
	{Name: "__sizeof__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return Int(objectSizeOf(self)), nil }},
}

// objectDirNoClass is object.__dir__ for an object whose __class__
// attribute cannot be read: the keys of its __dict__, if it has one.
func objectDirNoClass(self Value) Value {
	var items []Value
	if d, err := GetAttrString(self, "__dict__"); err == nil {
		if dd, ok := d.TryDict(); ok {
			items = dd.Keys()
		}
	}
	return NewList(items)
}

var typeMethods = []Method{
	{Name: "mro", Flags: MethNoArgs, Fn: type_mro},
	{Name: "__subclasses__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		var items []Value
		for _, s := range self.AsType().subclasses {
			if st := s.get(); st != nil {
				items = append(items, st.Value())
			}
		}
		return NewList(items), nil
	}},
	{Name: "__instancecheck__", Sig: "instance, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		r, err := objectIsInstance(a[0], self) // abstract_isinstance.go
		return Bool(r), err
	}},
	{Name: "__subclasscheck__", Sig: "subclass, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		r, err := recursiveIsSubclass(a[0], self)
		return Bool(r), err
	}},
	{Name: "__prepare__", Sig: "*args, **kwds", Flags: MethClass, Fn: func(self Value, a []Value) (Value, *Exception) {
		return NewDict().Value(), nil
	}},
}

func typeStrAttr(get func(t *Type) string) func(Value) (Value, *Exception) {
	// The same str object each time, as CPython's ht_name (inspect's
	// classify_class_attrs finds where an attribute lives by identity).
	return func(v Value) (Value, *Exception) { return ValueOf(Intern(get(v.AsType()))), nil }
}

// checkTypeName refuses a class name with a NUL or a lone surrogate, as
// CPython (the name is stored as UTF-8).
func checkTypeName(name string) *Exception {
	if strings.IndexByte(name, 0) >= 0 {
		return NewValueError("type name must not contain null characters")
	}
	if _, ce := Encode(name, "utf-8", "strict"); ce != nil {
		return CodecException(ce)
	}
	return nil
}

// checkSetSpecialTypeAttr refuses to set an attribute of a static type or
// to delete one of a class (CPython's check_set_special_type_attr).
func checkSetSpecialTypeAttr(t *Type, x Value, name string) *Exception {
	if t.Flags&FlagHeapType == 0 {
		return NewTypeError("cannot set '%s' attribute of immutable type '%s'", name, t.Name)
	}
	if x.IsNull() {
		return NewTypeError("cannot delete '%s' attribute of immutable type '%s'", name, t.Name)
	}
	return Audit("object.__setattr__", t.Value(), StrValue(name), x)
}

var typeGetSets = []GetSetDef{
	{Name: "__name__", Get: typeStrAttr(func(t *Type) string {
		if t.Flags&FlagHeapType == 0 { // tp_name "module.name": the part after the last dot
			return t.Name[lastDot(t.Name)+1:]
		}
		return t.Name
	}), Set: func(v, x Value) *Exception {
		t := v.AsType()
		s, ok := x.TryStr()
		if err := checkSetSpecialTypeAttr(t, x, "__name__"); err != nil {
			return err
		}
		if !ok {
			return NewTypeError("can only assign string to %s.__name__, not '%s'", t.Name, x.Type().Name)
		}
		if err := checkTypeName(s.S); err != nil {
			return err
		}
		t.Name = s.S
		return nil
	}},
	{Name: "__qualname__", Get: typeStrAttr(func(t *Type) string { return t.Qualname }), Set: func(v, x Value) *Exception {
		t := v.AsType()
		s, ok := x.TryStr()
		if err := checkSetSpecialTypeAttr(t, x, "__qualname__"); err != nil {
			return err
		}
		if !ok {
			return NewTypeError("can only assign string to %s.__qualname__, not '%s'", t.Name, x.Type().Name)
		}
		t.Qualname = s.S
		return nil
	}},
	{Name: "__module__", Get: func(v Value) (Value, *Exception) {
		t := v.AsType()
		if t.Flags&FlagHeapType != 0 {
			if m, ok := t.Dict().GetStr(Intern("__module__")); ok {
				return m, nil
			}
			return Value{}, NewAttributeError("__module__")
		}
		// interned, as CPython's type_module does: pickle memoizes a
		// module name shared by several types (datetime.timezone and
		// datetime.timedelta) by identity
		return ValueOf(Intern(typeModule(t))), nil
	}, Set: func(v, x Value) *Exception {
		t := v.AsType()
		if err := checkSetSpecialTypeAttr(t, x, "__module__"); err != nil {
			return err
		}
		t.Dict().SetStr(Intern("__module__"), x)
		t.Modified()
		return nil
	}},
	{Name: "__doc__", Get: func(v Value) (Value, *Exception) {
		t := v.AsType()
		if t.Flags&FlagHeapType == 0 && t.Doc != "" {
			// As type_get_doc: a builtin type's own docstring, even for
			// type, whose __dict__['__doc__'] is this descriptor.
			return StrValue(t.Doc), nil
		}
		if loadTypeDict(t) == nil && t.dictPending && !t.pendingDefines("__doc__") {
			return None, nil // what its dict will have (startup13_lazydict.go)
		}
		d, ok := t.Dict().GetStr(Intern("__doc__"))
		if !ok {
			return None, nil
		}
		if g := d.Type().DescrGet; g != nil {
			return g(d, Value{}, t)
		}
		return d, nil
	}, Set: func(v, x Value) *Exception {
		t := v.AsType()
		if err := checkSetSpecialTypeAttr(t, x, "__doc__"); err != nil {
			return err
		}
		t.Dict().SetStr(Intern("__doc__"), x)
		t.Modified()
		return nil
	}},
	{Name: "__bases__", Get: func(v Value) (Value, *Exception) {
		t := v.AsType()
		items := make([]Value, len(t.Bases))
		for i, b := range t.Bases {
			items[i] = b.Value()
		}
		return TupleValue(items...), nil
	}, Set: type_set_bases},
	{Name: "__base__", Get: func(v Value) (Value, *Exception) {
		if b := v.AsType().Base; b != nil {
			return b.Value(), nil
		}
		return None, nil
	}, Set: readonlyAttribute},
	{Name: "__mro__", Set: readonlyAttribute, Get: func(v Value) (Value, *Exception) {
		t := v.AsType()
		if t.MRO == nil { // being computed by a metaclass's mro()
			return None, nil
		}
		items := make([]Value, len(t.MRO))
		for i, m := range t.MRO {
			items[i] = m.Value()
		}
		return TupleValue(items...), nil
	}},
	{Name: "__dict__", Get: func(v Value) (Value, *Exception) { return newMappingProxy(v.AsType().Dict().Value()), nil }},
	{Name: "__abstractmethods__", Get: func(v Value) (Value, *Exception) {
		t := v.AsType()
		if t != TypeType {
			if am, ok := t.dictGet(Intern("__abstractmethods__")); ok {
				return am, nil
			}
		}
		return Value{}, NewAttributeError("__abstractmethods__")
	}, Set: func(v, x Value) *Exception {
		t := v.AsType()
		if x.IsNull() {
			if !t.Dict().DelStr(Intern("__abstractmethods__")) {
				return NewAttributeError("__abstractmethods__")
			}
			t.Flags &^= FlagAbstract
		} else {
			t.Dict().SetStr(Intern("__abstractmethods__"), x)
			if b, _ := IsTrue(x); b {
				t.Flags |= FlagAbstract
			} else {
				t.Flags &^= FlagAbstract
			}
		}
		t.Modified()
		return nil
	}},
}

var objectGetSets = []GetSetDef{
	{Name: "__class__", Get: func(v Value) (Value, *Exception) { return v.Type().Value(), nil }, Set: func(v, x Value) *Exception {
		if x.IsNull() {
			return NewTypeError("can't delete __class__ attribute")
		}
		nt, ok := x.TryType()
		if !ok {
			return NewTypeError("__class__ must be set to a class, not '%s' object", x.Type().Name)
		}
		if err := Audit("object.__setattr__", v, StrValue("__class__"), x); err != nil {
			return err
		}
		ot := v.Type()
		if !(nt.IsSubtype(ModuleType) && ot.IsSubtype(ModuleType)) && (nt.Flags|ot.Flags)&FlagImmutable != 0 {
			return NewTypeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		if err := compatibleForAssignment(ot, nt, "__class__"); err != nil { // type_bases.go
			return err
		}
		// The attribute layouts belong to the old class: keep the
		// attributes in a dict.
		if a := instAttrsOf(v); a != nil {
			a.materialize()
		}
		ptrOf[Header](v).typ = nt
		return nil
	}},
}

func init() {
	o := ObjectType
	o.New, o.Init = object_new, object_init
	o.Repr, o.Str = object_repr, object_str
	o.Hash = identityHash
	o.RichCompare = object_richcompare
	o.GetAttr, o.SetAttr = GenericGetAttr, GenericSetAttr
	o.methods, o.getsets = append(objectMethods, objectReduceMethods...), objectGetSets
	o.getattrGeneric = true
	o.Doc = "The base class of the class hierarchy."
	t := TypeType
	t.Call = type_call
	t.GetAttr, t.SetAttr = type_getattro, type_setattro
	t.Repr = type_repr
	t.New, t.Init = type_new, type_init
	t.methods, t.getsets = typeMethods, append(append(typeGetSets, typeSizeGetSets...), typeAnnotationsGetSet, typeFlagsGetSet, typeTextSignatureGetSet)
	t.Number[NbOr] = typeUnion
}

// typeUnion is int | str (types.UnionType), kept minimal: a tuple-like
// repr is not needed by isinstance, which accepts the tuple.
func typeUnion(a, b Value) (Value, *Exception) { return unionOr(a, b) }

// SuperType is Python's super.
var SuperType = newBuiltinType("super", ObjectType, FlagBaseType)

type superObject struct {
	Header
	typ     *Type // the class super() was called in
	obj     Value // the instance or class, or null (unbound)
	objType *Type
}

func super_init(self Value, args []Value, kw []*Str) *Exception {
	if len(kw) > 0 {
		return NewTypeError("super() takes no keyword arguments")
	}
	s := ptrOf[superObject](self)
	var typ, obj Value
	switch len(args) {
	case 0:
		var err *Exception
		typ, obj, err = superFromFrame(curThread.cur)
		if err != nil {
			return err
		}
	case 1:
		typ = args[0]
	case 2:
		typ, obj = args[0], args[1]
	default:
		return NewTypeError("super() expected at most 2 arguments, got %d", len(args))
	}
	t, ok := typ.TryType()
	if !ok {
		return NewTypeError("super() argument 1 must be a type, not %s", typ.Type().Name)
	}
	s.typ = t
	if obj.IsNull() || obj.IsNone() {
		return nil
	}
	ot, err := superCheck(t, obj)
	if err != nil {
		return err
	}
	s.obj, s.objType = obj, ot
	return nil
}

// superCheck returns the type to start the MRO search from.
func superCheck(t *Type, obj Value) (*Type, *Exception) {
	if ot, ok := obj.TryType(); ok && ot.IsSubtype(t) {
		return ot, nil
	}
	if obj.Type().IsSubtype(t) {
		return obj.Type(), nil
	}
	// A proxy may claim another class through __class__.
	c, err := getAttrOpt(obj, strClass)
	if err != nil {
		return nil, err
	}
	if ct, ok := c.TryType(); ok && ct != obj.Type() && ct.IsSubtype(t) {
		return ct, nil
	}
	return nil, NewTypeError("super(type, obj): obj must be an instance or subtype of type")
}

// superFromFrame finds __class__ and the first argument of the calling
// function for zero-argument super().
func superFromFrame(f *frame) (Value, Value, *Exception) {
	if f == nil || f.code.argcount == 0 { // as CPython: a *args parameter does not count
		return Value{}, Value{}, NewRuntimeError("super(): no arguments")
	}
	co := f.code
	obj := f.regs[0]
	nv := len(co.varnames)
	for i := 0; i < int(co.ncells); i++ {
		if co.cellArg[i] == 0 {
			if c, ok := f.regs[nv+i].TryCell(); ok {
				obj = c.v
			}
		}
	}
	if obj.IsNull() {
		return Value{}, Value{}, NewRuntimeError("super(): arg[0] deleted")
	}
	for i, n := range co.cellvars {
		if n.S == "__class__" && i >= int(co.ncells) {
			c, _ := f.regs[nv+i].TryCell()
			if c == nil || c.v.IsNull() {
				return Value{}, Value{}, NewRuntimeError("super(): empty __class__ cell")
			}
			if _, ok := c.v.TryType(); !ok {
				return Value{}, Value{}, NewRuntimeError("super(): __class__ is not a type (%s)", c.v.Type().Name)
			}
			return c.v, obj, nil
		}
	}
	return Value{}, Value{}, NewRuntimeError("super(): __class__ cell not found")
}

func super_getattro(self Value, name *Str) (Value, *Exception) {
	s := ptrOf[superObject](self)
	if s.objType != nil && name.S != "__class__" {
		mro := s.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.typ {
			i++
		}
		for i++; i < len(mro); i++ {
			v, ok := mro[i].Dict().GetStr(name)
			if !ok {
				continue
			}
			if g := v.Type().DescrGet; g != nil {
				obj := s.obj
				if o, ok := obj.TryType(); ok && o == s.objType {
					obj = Value{}
				}
				return g(v, obj, s.objType)
			}
			return v, nil
		}
	}
	return GenericGetAttr(self, name)
}

func init() {
	SuperType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		return ValueOf(&superObject{Header: Header{t}}), nil
	}
	SuperType.Init = super_init
	SuperType.GetAttr = super_getattro
	SuperType.DescrGet = func(descr, obj Value, typ *Type) (Value, *Exception) {
		s := ptrOf[superObject](descr)
		if obj.IsNull() || !s.obj.IsNull() {
			return descr, nil
		}
		if descr.Type() != SuperType { // a subclass of super: call it
			return Call(descr.Type().Value(), []Value{s.typ.Value(), obj}, nil)
		}
		ot, err := superCheck(s.typ, obj)
		if err != nil {
			return Value{}, err
		}
		return ValueOf(&superObject{Header{SuperType}, s.typ, obj, ot}), nil
	}
	SuperType.Repr = func(v Value) (Value, *Exception) {
		s := ptrOf[superObject](v)
		if s.objType != nil {
			return StrValue("<super: <class '" + s.typ.Name + "'>, <" + s.objType.Name + " object>>"), nil
		}
		return StrValue("<super: <class '" + s.typ.Name + "'>, NULL>"), nil
	}
	SuperType.getsets = []GetSetDef{
		{Name: "__thisclass__", Member: true, Doc: "the class invoking super()", Get: func(v Value) (Value, *Exception) { return ptrOf[superObject](v).typ.Value(), nil }},
		{Name: "__self__", Member: true, Doc: "the instance invoking super(); may be None", Get: func(v Value) (Value, *Exception) { return nullToNone(ptrOf[superObject](v).obj), nil }},
		{Name: "__self_class__", Member: true, Doc: "the type of the instance invoking super(); may be None", Get: func(v Value) (Value, *Exception) {
			if t := ptrOf[superObject](v).objType; t != nil {
				return t.Value(), nil
			}
			return None, nil
		}},
	}
}

// readonlyAttribute is the setter of the type attributes CPython keeps as
// read-only members (__mro__, __base__): its error differs from a getset's.
func readonlyAttribute(v, x Value) *Exception { return NewAttributeError("readonly attribute") }

// typeReprText is repr(t) as a Go string.
func typeReprText(t *Type) string {
	r, _ := type_repr(t.Value())
	return r.AsStr().S
}
