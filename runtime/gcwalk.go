// This file defines the object traversal behind gc.get_referents,
// gc.get_referrers and gc.get_objects: what each object refers to
// directly, reported in the order CPython 3.11's tp_traverse visits it
// (lists and tuples from the last item, dicts value before key, an
// instance's slots and attributes before its class). Go's collector does
// the real work of freeing memory; this walk exists so that programs and
// tests hunting for who holds an object get CPython's answers.
//
// Types with a hand-written traverse are in traversers; other builtin
// types fall back to a reflection walk over their registered Go struct
// (gcwalk_reflect.go).

package runtime

// traverseFunc visits what an instance of a builtin type refers to, not
// counting the instance attributes and class of a Python subclass
// instance (traverseHeapPart adds those).
type traverseFunc func(v Value, visit func(Value))

// traversers holds the hand-written traverses, by builtin type; built on
// first use (start-up does not pay for it).
var traversers map[*Type]traverseFunc

// initTraversers fills traversers and registers the runtime's Go layouts.
func initTraversers() {
	if traversers != nil {
		return
	}
	traversers = map[*Type]traverseFunc{
		ObjectType:       func(Value, func(Value)) {},
		ListType:         traverseList,
		TupleType:        traverseTuple,
		DictType:         traverseDict,
		SetType:          traverseSet,
		FrozenSetType:    traverseSet,
		TypeType:         traverseTypeObject,
		FunctionType:     traverseFunction,
		CellType:         traverseCell,
		MethodType:       traverseMethod,
		ModuleType:       traverseModule,
		GeneratorType:    traverseGenerator,
		CoroutineType:    traverseGenerator,
		AsyncGenType:     traverseGenerator,
		FrameType:        traverseFrameObject,
		TracebackType:    traverseTraceback,
		PropertyType:     traverseProperty,
		ClassMethodType:  traverseClassMethod,
		StaticMethodType: traverseStaticMethod,
		BaseExceptionType: func(v Value, visit func(Value)) {
			traverseException(v.AsException(), visit)
		},
		DictKeysType:   traverseDictView,
		DictValuesType: traverseDictView,
		DictItemsType:  traverseDictView,
		BuiltinFunctionType: func(v Value, visit func(Value)) {
			visitNonNull(ptrOf[BuiltinFunction](v).self, visit)
		},
	}
	registerRuntimeLayouts()
	for _, fn := range layoutInits {
		fn()
	}
}

// registerRuntimeLayouts names the Go structs of the runtime's other
// builtin types, walked by reflection.
func registerRuntimeLayouts() {
	RegisterGoLayout[listIter](ListIterType, ListRevIterType)
	RegisterGoLayout[tupleIter](TupleIterType)
	RegisterGoLayout[dictIter](DictKeyIterType, DictValueIterType, DictItemIterType,
		DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType)
	RegisterGoLayout[setIter](SetIterType)
	RegisterGoLayout[seqIter](SeqIterType)
	RegisterGoLayout[callIter](CallableIterType)
	RegisterGoLayout[enumerateObj](EnumerateType)
	RegisterGoLayout[zipObj](ZipType)
	RegisterGoLayout[mapObj](MapType)
	RegisterGoLayout[filterObj](FilterType)
	RegisterGoLayout[reversedObj](ReversedType)
	RegisterGoLayout[mappingProxy](MappingProxyType)
	RegisterGoLayout[superObject](SuperType)
	RegisterGoLayout[Slice](SliceType)
	RegisterGoLayout[methodWrapper](MethodWrapperType)
	RegisterGoLayout[genericAlias](GenericAliasType)
	RegisterGoLayout[gaIter](gaIterType)
	RegisterGoLayout[unionObject](UnionType)
	RegisterGoLayout[MemoryView](MemoryViewType)
	RegisterGoLayout[memIterator](MemIterType)
	RegisterGoLayout[anextAwaitable](anextAwaitableType)
	RegisterGoLayout[asyncGenWrapped](asyncGenWrapType)
	RegisterGoLayout[coroWrapper](coroWrapperType)
	RegisterGoLayout[stdStream](StdStreamType)
	RegisterGoLayout[GetSet](GetSetType)
	RegisterGoLayout[memberDescr](MemberDescrType)
	RegisterGoLayout[MethodDescr](MethodDescriptorType, ClassMethodDescriptorType)
	RegisterGoLayout[slotWrapper](SlotWrapperType)
}

// visitNonNull visits x unless it is the null Value.
func visitNonNull(x Value, visit func(Value)) {
	if !x.IsNull() {
		visit(x)
	}
}

// IsGCObject reports whether v is an object CPython's cycle collector
// knows (its type has Py_TPFLAGS_HAVE_GC): atoms such as numbers and
// strings, code objects and the static types are not.
func IsGCObject(v Value) bool {
	if v.IsNull() || v.IsSmallInt() || v.IsFloat() {
		return false
	}
	t := v.Type()
	if t.Flags&FlagHeapType != 0 {
		return true
	}
	if t.Flags&FlagTypeSubclass != 0 {
		return v.AsType().Flags&FlagHeapType != 0
	}
	return !isAtomType(t)
}

// atomTypes are the static types whose instances hold no references the
// collector follows (sizeof.go's nonGCTypes, and code objects).
var atomTypes map[*Type]bool

// isAtomType reports whether t is one of atomTypes.
func isAtomType(t *Type) bool {
	if atomTypes == nil {
		atomTypes = map[*Type]bool{CodeType: true}
		for _, st := range staticTypes {
			if nonGCTypes[st.Name] {
				atomTypes[st] = true
			}
		}
	}
	return atomTypes[t]
}

// IsTracked is gc.is_tracked(v): a GC object, except the containers CPython
// leaves untracked while they hold only atoms (dicts) or nothing (the
// empty tuple).
func IsTracked(v Value) bool {
	if !IsGCObject(v) {
		return false
	}
	switch v.Type() {
	case ObjectType:
		return false // a bare object() holds nothing: not a GC type in CPython
	case TupleType:
		return len(v.AsTuple().items) > 0
	case DictType:
		return dictMayBeTracked(v.AsDict())
	}
	return !isStaticStandIn(v) // compat18_untracked.go
}

// dictMayBeTracked is CPython's rule for dicts: tracked once a key or a
// value that may be tracked was stored.
func dictMayBeTracked(d *Dict) bool {
	for i := range d.entries {
		e := &d.entries[i]
		if e.key.IsNull() {
			continue
		}
		if IsTracked(e.key) || IsTracked(e.value) {
			return true
		}
	}
	return false
}

// Referents calls visit with each object v refers to, as
// gc.get_referents reports them: nothing for objects CPython's collector
// does not know.
func Referents(v Value, visit func(Value)) {
	if !IsGCObject(v) {
		return
	}
	initTraversers()
	traverse(v, visit)
}

// traverse visits v's referents: the Python subclass part, then the
// builtin base's own.
func traverse(v Value, visit func(Value)) {
	t := v.Type()
	if t.Flags&FlagHeapType != 0 {
		if tt, ok := v.TryType(); ok && tt.Flags&FlagHeapType != 0 && t.Flags&FlagTypeSubclass != 0 {
			traverseTypeObject(v, visit) // a class made by a Python metaclass
			visit(t.Value())
			return
		}
		traverseHeapPart(v, t, visit)
	}
	base := t
	for base.Flags&FlagHeapType != 0 {
		base = base.Base
	}
	if base == NamespaceType && base != nil {
		visitAttrsAsDict(&ptrOf[namespace](v).attrs, visit)
		return
	}
	for b := base; b != nil; b = b.Base {
		if fn := traversers[b]; fn != nil {
			if b != ObjectType || base == ObjectType {
				fn(v, visit)
				return
			}
			break
		}
		if rt := goLayoutOf(b); rt != nil {
			traverseReflect(v, rt, visit)
			return
		}
	}
}

// traverseHeapPart visits what an instance of the Python class t holds
// beyond its builtin base, as CPython's subtype_traverse: the __slots__
// values (the most derived class's first), the instance attributes, then
// the class.
func traverseHeapPart(v Value, t *Type, visit func(Value)) {
	var slots []Value
	if t.nslots > 0 {
		if inst, ok := instanceOf(v); ok {
			slots = inst.slotValues()
		} else if a := instAttrsOf(v); a != nil && a.slots != nil {
			slots = *a.slots
		}
	}
	for c := t; c.Flags&FlagHeapType != 0 && c.Base != nil; c = c.Base {
		for i := c.Base.nslots; i < c.nslots && i < len(slots); i++ {
			visitNonNull(slots[i], visit)
		}
	}
	if a := instAttrsOf(v); a != nil && !baseOwnsDict(t) {
		if _, ok := instanceOf(v); ok && a.dict == nil {
			for _, x := range a.values { // CPython's inline values
				visitNonNull(x, visit)
			}
		} else {
			visitAttrsAsDict(a, visit)
		}
	}
	visit(t.Value())
}

// instanceOf returns v's *Instance when v's class derives from object only.
func instanceOf(v Value) (*Instance, bool) {
	t := v.Type()
	for t.Flags&FlagHeapType != 0 {
		t = t.Base
	}
	if t != ObjectType {
		return nil, false
	}
	return ptrOf[Instance](v), true
}

// baseOwnsDict reports a builtin base whose own traverse visits the
// instance dict (exceptions, modules).
func baseOwnsDict(t *Type) bool {
	return t.Flags&FlagExceptionSubclass != 0 || t.IsSubtype(ModuleType)
}

// visitAttrsAsDict visits an attribute record as its dict, materializing
// it when attributes exist (CPython keeps a real dict there).
func visitAttrsAsDict(a *Attrs, visit func(Value)) {
	if a.dict == nil && len(a.values) == 0 {
		return
	}
	if gcWalking && a.dict == nil {
		for _, x := range a.values {
			visitNonNull(x, visit)
		}
		return
	}
	visit(a.materialize().Value())
}

func traverseList(v Value, visit func(Value)) {
	items := ptrOf[List](v).items
	for i := len(items) - 1; i >= 0; i-- {
		visitNonNull(items[i], visit)
	}
}

func traverseTuple(v Value, visit func(Value)) {
	items := v.AsTuple().items
	for i := len(items) - 1; i >= 0; i-- {
		visitNonNull(items[i], visit)
	}
}

// traverseDict visits each entry's value then key; a dict whose keys are
// all exact strs visits only the values (CPython's unicode keys table).
func traverseDict(v Value, visit func(Value)) {
	d := v.AsDict()
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.IsNull() {
			continue
		}
		visitNonNull(e.value, visit)
		if d.general {
			visit(e.key)
		}
	}
}

func traverseSet(v Value, visit func(Value)) {
	s, _ := v.TrySet()
	for i := range s.table {
		if e := &s.table[i]; !e.empty() { // unused slots and dummies
			visit(e.key())
		}
	}
}

// traverseTypeObject visits a class's dict, MRO, bases and base, as
// type_traverse; the MRO and bases are fresh tuples (Krait keeps them as
// Go slices). Static types have no traverse in CPython.
func traverseTypeObject(v Value, visit func(Value)) {
	t := v.AsType()
	if t.Flags&FlagHeapType == 0 {
		return
	}
	visitNonNull(ValueOf(t.Dict()), visit)
	if gcWalking {
		for _, b := range t.MRO[min(1, len(t.MRO)):] {
			visit(b.Value())
		}
	} else {
		visit(typesTuple(t.MRO))
		visit(typesTuple(t.Bases))
	}
	if t.Base != nil {
		visit(t.Base.Value())
	}
}

func typesTuple(ts []*Type) Value {
	items := make([]Value, len(ts))
	for i, t := range ts {
		items[i] = t.Value()
	}
	return TupleValue(items...)
}

// traverseFunction follows func_traverse's order.
func traverseFunction(v Value, visit func(Value)) {
	f := ptrOf[Function](v)
	visit(ValueOf(f.code))
	visit(ValueOf(f.globals))
	if f.builtins != nil {
		visit(ValueOf(f.builtins))
	}
	visitNonNull(f.module, visit)
	if f.defaults != nil {
		visit(ValueOf(f.defaults))
	}
	if f.kwdefaults != nil {
		visit(ValueOf(f.kwdefaults))
	}
	visitNonNull(f.doc, visit)
	visitNonNull(f.name, visit)
	if f.attrs != nil {
		visitAttrsAsDict(f.attrs, visit)
	}
	if f.closure != nil && gcWalking {
		for _, c := range f.closure {
			visit(ValueOf(c))
		}
	} else if f.closure != nil {
		items := make([]Value, len(f.closure))
		for i, c := range f.closure {
			items[i] = ValueOf(c)
		}
		visit(TupleValue(items...))
	}
	visitNonNull(f.annotations, visit)
	visitNonNull(f.qualname, visit)
}

func traverseCell(v Value, visit func(Value)) { visitNonNull(ptrOf[Cell](v).v, visit) }

func traverseMethod(v Value, visit func(Value)) {
	m := ptrOf[BoundMethod](v)
	visitNonNull(m.fn, visit)
	visitNonNull(m.self, visit)
}

func traverseModule(v Value, visit func(Value)) {
	if m := ptrOf[Module](v); m.Dict != nil {
		visit(ValueOf(m.Dict))
	}
}

// traverseGenerator follows gen_traverse: code, name and qualname, the
// frame's contents while it can still run, then the saved exception.
func traverseGenerator(v Value, visit func(Value)) {
	g := ptrOf[Generator](v)
	if g.f.code != nil {
		visit(ValueOf(g.f.code))
	}
	visitNonNull(g.name, visit)
	visitNonNull(g.qualname, visit)
	if !g.finished {
		traverseFrameRecord(&g.f, visit)
	}
	if g.handled != nil {
		visit(g.handled.Value())
	}
}

// traverseFrameRecord visits a frame's contents as _PyFrame_Traverse: the
// frame object, the locals mapping, the function, the code, then the
// registers.
func traverseFrameRecord(f *frame, visit func(Value)) {
	if f.obj != nil {
		visit(ValueOf(f.obj))
	}
	visitNonNull(f.locals, visit)
	if f.fn != nil {
		visit(ValueOf(f.fn))
	}
	if f.code != nil {
		visit(ValueOf(f.code))
	}
	for _, x := range f.regs {
		if g, ok := x.TryGenerator(); ok {
			g.fresh = freshNone // handed out now: never recycle it (perfobj_corecycle.go)
		}
		disownRecycled(x) // nq17_lenscratch.go
		visitNonNull(x, visit)
	}
}

// traverseFrameObject follows frame_traverse: f_back and f_trace, and the
// frame's contents only once it finished (a running frame's belong to
// its thread).
func traverseFrameObject(v Value, visit func(Value)) {
	fo := ptrOf[Frame](v)
	if fo.back != nil {
		visit(ValueOf(fo.back))
	}
	if fo.tr != nil {
		visitNonNull(fo.tr.trace, visit)
	}
	if fo.liveFrame() != nil {
		return
	}
	if fo.tr != nil && fo.tr.locals != nil {
		visit(ValueOf(fo.tr.locals))
	}
	if fo.code != nil {
		visit(ValueOf(fo.code))
	}
	for _, x := range fo.saved {
		visitNonNull(x, visit)
	}
}

func traverseTraceback(v Value, visit func(Value)) {
	tb := ptrOf[Traceback](v)
	if tb.Next != nil {
		visit(ValueOf(tb.Next))
	}
	if tb.Frame != nil {
		visit(ValueOf(tb.Frame))
	}
}

func traverseProperty(v Value, visit func(Value)) {
	p := ptrOf[Property](v)
	for _, x := range [...]Value{p.fget, p.fset, p.fdel, p.doc, p.name} {
		visitNonNull(x, visit)
	}
}

func traverseClassMethod(v Value, visit func(Value)) {
	c := ptrOf[ClassMethod](v)
	visitNonNull(c.fn, visit)
	visitAttrsAsDict(&c.Attrs, visit)
}

func traverseStaticMethod(v Value, visit func(Value)) {
	c := ptrOf[StaticMethod](v)
	visitNonNull(c.fn, visit)
	visitAttrsAsDict(&c.Attrs, visit)
}

// traverseException visits the per-class fields (StopIteration.value,
// OSError's, ...), then BaseException_traverse's dict, args, traceback,
// context and cause.
func traverseException(e *Exception, visit func(Value)) {
	for _, x := range e.extra {
		visitNonNull(x, visit)
	}
	visitAttrsAsDict(&e.Attrs, visit)
	if e.Args != nil {
		visit(ValueOf(e.Args))
	}
	if e.Traceback != nil {
		visit(ValueOf(e.Traceback))
	}
	if e.Context != nil {
		visit(e.Context.Value())
	}
	if e.Cause != nil {
		visit(e.Cause.Value())
	}
}

// traverseDictView visits the view's dict (once: the view keeps it both
// as a *Dict and as a Value).
func traverseDictView(v Value, visit func(Value)) { visit(ptrOf[dictView](v).dv) }
