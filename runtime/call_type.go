// This file defines how the interpreter loop instantiates a class whose
// construction is object.__new__ followed by a Python __init__: it
// allocates the instance and pushes the __init__ frame in the same loop
// (no Go recursion into run()); the frame remembers the instance, and its
// RETURN checks that __init__ returned None and delivers the instance.

package runtime

// pyInitOf returns the Python __init__ that calling the class callee runs
// after object.__new__ (or BaseException.__new__), or nil when the call must go through type_call
// (another metaclass, another __new__, a builtin or generator __init__).
func pyInitOf(callee Value) *Function {
	if callee.Type() != TypeType {
		return nil
	}
	t := callee.AsType()
	if t.Version == 0 || t.Flags&FlagAbstract != 0 {
		return nil
	}
	if t.Flags&FlagExceptionSubclass != 0 {
		if !excNewIsBase(t) { // perf10a_exc.go
			return nil
		}
	} else if !isInstanceLayout(t) {
		return nil
	} else {
		if objectNewDescr.IsNull() {
			objectNewDescr, _ = ObjectType.Dict().GetStr(strNew)
		}
		if t.Lookup(strNew) != objectNewDescr || overridesNew(t) { // overridesNew: a tp_new that is not object_new
			return nil
		}
	}
	init := t.Lookup(strInit)
	if init.Type() != FunctionType {
		return nil
	}
	fn := ptrOf[Function](init)
	if isGeneratorCode(fn.code) {
		return nil
	}
	return fn
}

// pyInitCached is pyInitOf for a call site with cache entry ce: the
// answer for a class is kept as CALL_TYPE_INIT keeps it (class, version,
// __init__), so an unspecialized call such as C(x=1) does not look up
// __new__ and __init__ along the MRO each time.
func pyInitCached(callee Value, ce *cacheEntry) *Function {
	if callee.Type() != TypeType {
		return nil
	}
	t := callee.AsType()
	if ce.typ == t && t.Version != 0 && ce.v1 == uint64(t.Version) && ce.value.Type() == FunctionType {
		return ptrOf[Function](ce.value)
	}
	if ce.typ == t && t.Version != 0 && ce.v1 == uint64(t.Version) && !ce.value.IsNull() {
		return nil // classCallCached's entry: a class without a Python __init__
	}
	init := pyInitOf(callee)
	if init != nil {
		ce.typ, ce.v1, ce.value = t, uint64(t.Version), ValueOf(init)
		noteClassCallEntry(ce) // compat17a_classcall_sites.go
	}
	return init
}

// callInit starts the instantiation of class t with the Python __init__
// fn: the new instance goes to f.regs[first-1] (the callable's or the
// null receiver's register, dead once the call started) and the n
// arguments at f.regs[first:] follow it. It returns the __init__ frame,
// whose return delivers the instance to register ret. ce is the call
// site's cache entry for its binding plan, or nil.
func (th *Thread) callInit(f *frame, t *Type, fn *Function, first, n int, kwnames []*Str, ret int, ce *cacheEntry) (*frame, *Exception) {
	if co := fn.code; co.plainArgs && len(kwnames) == 0 && n+1 == co.argcount && t.Flags&FlagExceptionSubclass == 0 &&
		th.depth < th.recursionLimit && evalBreaker.Load() == 0 {
		// Vec(x, y, z): callPython's exact positional call, written out.
		obj := newInstance(t)
		f.regs[first-1] = obj
		nf := th.pushCall(f, fn, first-1, n+1) // frame.go (and the cells)
		th.depth++
		th.cur = nf
		nf.retReg, nf.ctor = ret, obj
		return nf, nil
	}
	var obj Value
	if t.Flags&FlagExceptionSubclass != 0 { // BaseException.__new__ (perf10a_exc.go)
		o, err := t.New(t, f.regs[first:first+n], kwnames)
		if err != nil {
			return nil, err
		}
		obj = o
	} else {
		obj = newInstance(t)
	}
	f.regs[first-1] = obj
	nf, _, err := th.callPython(f, fn, first-1, n+1, kwnames, ce)
	if err != nil {
		return nil, err
	}
	nf.retReg, nf.ctor = ret, obj
	return nf, nil
}

// initResult is what an __init__ frame's return r delivers: its instance,
// or CPython's TypeError when __init__ returned something else.
func initResult(ctor, r Value) (Value, *Exception) {
	if !r.IsNone() {
		return Value{}, NewTypeError("__init__() should return None, not '%s'", r.Type().Name)
	}
	return ctor, nil
}

// Instances allocated together with room for their first attributes: a
// class whose instances get k attributes (its root layout's hint) costs
// one allocation instead of one for the Instance and one per growth of
// its values array.
type (
	instance1 struct {
		Instance
		vals [1]Value
	}
	instance2 struct {
		Instance
		vals [2]Value
	}
	instance3 struct {
		Instance
		vals [3]Value
	}
	instance4 struct {
		Instance
		vals [4]Value
	}
	instance8 struct {
		Instance
		vals [8]Value
	}
)

// allocInstance allocates an Instance of t in one allocation with its
// __slots__ values or, for a class without slots, with room for the
// attributes earlier instances of t got.
func allocInstance(t *Type) *Instance {
	if t.nslots > 0 {
		return allocSlots(t, t.nslots)
	}
	hint := 0
	if t.layout != nil {
		hint = t.layout.hint
	}
	return allocWithValues(t, hint)
}

// allocSlots is allocWithValues for the n __slots__ values of an instance
// of t, which never grow: odd counts get an array of exactly their size
// (a Vec of x, y, z is 128 bytes rather than 144). Attribute values keep
// allocWithValues' spare room: an instance given one attribute more than
// its class's earlier instances still holds it in the same block, which
// matters beyond speed, since a self-referencing object with __del__ is
// only finalized by Go's collector while the cycle stays inside one block.
func allocSlots(t *Type, n int) *Instance {
	switch n {
	case 1:
		o := &instance1{Instance: Instance{Header: Header{t}}}
		o.slotp = &o.vals[0]
		return &o.Instance
	case 3:
		o := &instance3{Instance: Instance{Header: Header{t}}}
		o.slotp = &o.vals[0]
		return &o.Instance
	}
	o := allocWithValues(t, n)
	o.slotp, o.values = &o.values[:n][0], nil
	return o
}

// allocWithValues allocates an Instance of t whose values array has
// capacity for n values, in the same allocation when n is small.
func allocWithValues(t *Type, n int) *Instance {
	switch {
	case n == 0:
		return &Instance{Header: Header{t}}
	case n <= 2:
		o := &instance2{Instance: Instance{Header: Header{t}}}
		o.values = o.vals[:0:2]
		return &o.Instance
	case n <= 4:
		o := &instance4{Instance: Instance{Header: Header{t}}}
		o.values = o.vals[:0:4]
		return &o.Instance
	case n <= 8:
		o := &instance8{Instance: Instance{Header: Header{t}}}
		o.values = o.vals[:0:8]
		return &o.Instance
	}
	o := &Instance{Header: Header{t}}
	o.values = make([]Value, 0, n)
	return o
}

// callInitEx is CALL_EX of a class that pyInitOf accepts, C(*args, **kw)
// with a tuple and a dict of str keys (dataclasses.replace does this): it
// allocates the instance and pushes the __init__ frame bound straight from
// the tuple and dict, as callInit does for CALL. It returns nil when the
// general path must run (another shape, a finalizer class, a pending eval
// breaker, or a binding error, which type_call then reports).
func (th *Thread) callInitEx(f *frame, callee, args, kw Value, ret int) *frame {
	if args.Type() != TupleType || !kw.IsNull() && kw.Type() != DictType ||
		th.depth >= th.recursionLimit || evalBreaker.Load() != 0 {
		return nil
	}
	fn := pyInitOf(callee)
	if fn == nil || callee.AsType().hasDel || callee.AsType().Flags&FlagExceptionSubclass != 0 {
		return nil
	}
	pos := args.AsTuple().items
	var buf [8]Value
	var all []Value
	if len(pos) < len(buf) {
		all = buf[:len(pos)+1]
	} else {
		all = make([]Value, len(pos)+1)
	}
	obj := newInstance(callee.AsType())
	all[0] = obj
	copy(all[1:], pos)
	nf := th.pushFrame(fn.code, th.top)
	clear(nf.regs)
	var ok bool
	if kw.IsNull() || kw.AsDict().Len() == 0 {
		ok = bindArgs(fn, all, nil, nf.regs) == nil
	} else {
		ok = bindArgsDict(fn, all, kw.AsDict(), nf.regs)
	}
	if !ok {
		th.popFrame(nf)
		return nil
	}
	setupCells(nf, fn)
	th.enterFrame(nf, f, fn)
	nf.retReg, nf.ctor = ret, obj
	return nf
}
