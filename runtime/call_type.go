// This file defines how the interpreter loop instantiates a class whose
// construction is object.__new__ followed by a Python __init__: it
// allocates the instance and pushes the __init__ frame in the same loop
// (no Go recursion into run()); the frame remembers the instance, and its
// RETURN checks that __init__ returned None and delivers the instance.

package runtime

// pyInitOf returns the Python __init__ that calling the class callee runs
// after object.__new__, or nil when the call must go through type_call
// (another metaclass, another __new__, a builtin or generator __init__).
func pyInitOf(callee Value) *Function {
	if callee.Type() != TypeType {
		return nil
	}
	t := callee.AsType()
	if t.Version == 0 || t.Flags&FlagAbstract != 0 || !isInstanceLayout(t) {
		return nil
	}
	if objectNewDescr.IsNull() {
		objectNewDescr, _ = ObjectType.Dict.GetStr(strNew)
	}
	if t.Lookup(strNew) != objectNewDescr || overridesNew(t) { // overridesNew: a tp_new that is not object_new
		return nil
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

// callInit starts the instantiation of class t with the Python __init__
// fn: the new instance goes to f.regs[first-1] (the callable's or the
// null receiver's register, dead once the call started) and the n
// arguments at f.regs[first:] follow it. It returns the __init__ frame,
// whose return delivers the instance to register ret.
func (th *Thread) callInit(f *frame, t *Type, fn *Function, first, n int, kwnames []*Str, ret int) (*frame, *Exception) {
	obj := newInstance(t)
	f.regs[first-1] = obj
	nf, _, err := th.callPython(f, fn, first-1, n+1, kwnames)
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
	instance2 struct {
		Instance
		vals [2]Value
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
		o := allocWithValues(t, t.nslots)
		o.slots, o.values = o.values[:t.nslots:t.nslots], nil
		return o
	}
	hint := 0
	if t.layout != nil {
		hint = t.layout.hint
	}
	return allocWithValues(t, hint)
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
