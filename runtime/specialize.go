// This file defines the specializer: when a generic instruction's counter
// runs out, it looks at the operands and picks a quickened form guarded by
// cheap checks (type version tags, shared key layouts, dict keys versions),
// filling the instruction's cache entry (DESIGN.md §5). The quickened forms
// themselves are cases of the interpreter loop (eval.go).

package runtime

import (
	"reflect"

	op "krait/compiler"
)

// instanceShadowOK reports whether the instance x of t (an Instance-layout
// type) cannot hold name in its own attributes as long as its layout stays
// the one recorded in ce: the layout lacks name, or instances have no
// __dict__ at all.
func instanceShadowOK(t *Type, x Value, name *Str, ce *cacheEntry) bool {
	in := ptrOf[Instance](x)
	if t.nodict {
		ce.layout = nil
		return in.layout == nil && in.dict == nil
	}
	l := in.layout
	if l == nil {
		if in.dict != nil {
			return false
		}
		l = t.layout
	}
	if l == nil || l.Index(name) >= 0 {
		return false
	}
	ce.layout = l
	return true
}

// instanceLayoutOf returns the layout an Instance's attributes are indexed
// by (the type's root layout for an instance without attributes yet), or
// nil when they live in a materialized dict.
func instanceLayoutOf(t *Type, in *Instance) *Layout {
	if in.layout == nil && in.dict == nil {
		return t.layout
	}
	return in.layout
}

// specializeModuleAttr caches the entry of name in module x's dict.
func specializeModuleAttr(x Value, name *Str, ce *cacheEntry) bool {
	if !ModuleType.Lookup(name).IsNull() {
		return false
	}
	d := ptrOf[Module](x).Dict
	ix := d.LookupStrIndex(name)
	if ix < 0 || d.EntryValue(ix).IsNull() {
		return false
	}
	ce.v1, ce.index = d.KeysVersion(), int32(ix)
	return true
}

// specializeTypeAttr caches the attribute name of the class x when looking
// it up on the class gives the same object each time: a plain value, a
// function, or a staticmethod's function.
func specializeTypeAttr(x Value, name *Str, ce *cacheEntry) bool {
	t := x.AsType()
	if t.Version == 0 || !TypeType.Lookup(name).IsNull() {
		return false
	}
	attr := t.Lookup(name)
	if attr.IsNull() {
		return false
	}
	switch at := attr.Type(); {
	case at == StaticMethodType:
		attr = ptrOf[StaticMethod](attr).fn
	case at == FunctionType, at.DescrGet == nil:
	default:
		return false
	}
	ce.typ, ce.v1, ce.value = t, uint64(t.Version), attr
	return true
}

// specializeLoadAttr picks the quickened form of LOAD_ATTR for x.name, or
// returns NOP when none applies.
func specializeLoadAttr(x Value, name *Str, ce *cacheEntry) op.Opcode {
	if x.IsNull() {
		return op.NOP
	}
	t := x.Type()
	switch {
	case t == ModuleType:
		if specializeModuleAttr(x, name, ce) {
			return op.LOAD_ATTR_MODULE
		}
		return op.NOP
	case t == TypeType:
		if specializeTypeAttr(x, name, ce) {
			return op.LOAD_ATTR_TYPE
		}
		return op.NOP
	}
	if !t.getattrGeneric || t.Version == 0 || !isInstanceLayout(t) {
		return op.NOP
	}
	ce.v1 = uint64(t.Version)
	descr := t.Lookup(name)
	in := ptrOf[Instance](x)
	if descr.IsNull() {
		l := in.layout
		if l == nil {
			return op.NOP
		}
		i := l.Index(name)
		if i < 0 || i >= len(in.values) || in.values[i].IsNull() {
			return op.NOP
		}
		ce.layout, ce.index = l, int32(i)
		return op.LOAD_ATTR_INSTANCE
	}
	if specializeClassOf(t, x, name, descr, ce) { // oo18_classattr.go
		return op.LOAD_ATTR_CLASS
	}
	switch dt := descr.Type(); {
	case dt == MemberDescrType:
		m := ptrOf[memberDescr](descr)
		if !IsInstance(x, m.owner) || m.get != nil || m.index >= len(in.slots) {
			return op.NOP
		}
		ce.index = int32(m.index)
		return op.LOAD_ATTR_SLOT
	case dt == PropertyType:
		p := ptrOf[Property](descr)
		if p.fget.IsNull() || p.fget.Type() != FunctionType {
			return op.NOP
		}
		ce.value = descr
		return op.LOAD_ATTR_PROPERTY
	case dt.DescrGet == nil:
		if !instanceShadowOK(t, x, name, ce) {
			return op.NOP
		}
		ce.value = descr
		return op.LOAD_ATTR_CLASS
	}
	return op.NOP
}

// specializeLoadMethod picks the quickened form of LOAD_METHOD.
func specializeLoadMethod(x Value, name *Str, ce *cacheEntry) op.Opcode {
	if x.IsNull() {
		return op.NOP
	}
	t := x.Type()
	switch {
	case t == ModuleType:
		if specializeModuleAttr(x, name, ce) {
			return op.LOAD_METHOD_MODULE
		}
		return op.NOP
	case t == TypeType:
		if specializeTypeAttr(x, name, ce) {
			return op.LOAD_METHOD_TYPE
		}
		return op.NOP
	}
	if !t.getattrGeneric || t.Version == 0 {
		return op.NOP
	}
	descr := t.Lookup(name)
	if descr.IsNull() {
		return op.NOP
	}
	ce.v1, ce.value = uint64(t.Version), descr
	switch descr.Type() {
	case FunctionType:
		switch {
		case isInstanceLayout(t):
			if !instanceShadowOK(t, x, name, ce) {
				return op.NOP
			}
			ce.index = 0
		case t.InstAttrs == nil:
			ce.index = -1 // no instance attributes to check
		default:
			return op.NOP
		}
		return op.LOAD_METHOD_PY
	case MethodDescriptorType:
		if t.InstAttrs != nil && !exactNoAttrs(t) {
			return op.NOP
		}
		return op.LOAD_METHOD_BUILTIN
	}
	return op.NOP
}

// exactNoAttrs reports whether instances of exactly t have no attributes
// of their own: the builtin types whose InstAttrs serves subclass
// instances only.
func exactNoAttrs(t *Type) bool {
	switch t {
	case ListType, DictType, SetType, FrozenSetType, StrType, TupleType, IntType, FloatType:
		return true
	}
	return false
}

// funcPC identifies a Go function, to recognize a type's slot.
func funcPC(f any) uintptr { return reflect.ValueOf(f).Pointer() }

var genericSetAttrPC = funcPC(GenericSetAttr)

// specializeStoreAttr picks the quickened form of STORE_ATTR for x.name = v.
func specializeStoreAttr(x Value, name *Str, ce *cacheEntry) op.Opcode {
	if x.IsNull() {
		return op.NOP
	}
	t := x.Type()
	if t.Version == 0 || !isInstanceLayout(t) || t.SetAttr == nil || funcPC(t.SetAttr) != genericSetAttrPC {
		return op.NOP
	}
	ce.v1 = uint64(t.Version)
	in := ptrOf[Instance](x)
	if descr := t.Lookup(name); !descr.IsNull() {
		dt := descr.Type()
		if dt == MemberDescrType {
			m := ptrOf[memberDescr](descr)
			if !IsInstance(x, m.owner) || m.get != nil || m.index >= len(in.slots) {
				return op.NOP
			}
			ce.index = int32(m.index)
			return op.STORE_ATTR_SLOT
		}
		if dt.DescrSet != nil {
			return op.NOP
		}
	}
	if t.nodict {
		return op.NOP
	}
	l := instanceLayoutOf(t, in)
	if l == nil {
		return op.NOP
	}
	if i := l.Index(name); i >= 0 {
		if i >= len(in.values) {
			return op.NOP
		}
		ce.layout, ce.index = l, int32(i)
		return op.STORE_ATTR_INSTANCE
	}
	if len(l.names) >= maxLayoutNames || len(in.values) != len(l.names) {
		return op.NOP
	}
	ce.layout = l
	ce.setAddedLayout(l.add(name))
	return op.STORE_ATTR_ADD
}

var objectNewDescr Value

// specializeCall picks the quickened form of CALL for a call of callee
// with n positional arguments.
func specializeCall(callee Value, n int, ce *cacheEntry) op.Opcode {
	switch ct := callee.Type(); ct {
	case BuiltinFunctionType:
		if m := ptrOf[BuiltinFunction](callee).m; varargsFit(m, n) {
			return op.CALL_BUILTIN
		} else if _, ok := fastArgsFit(m, n); ok {
			return op.CALL_BUILTIN
		}
	case FunctionType:
		if co := ptrOf[Function](callee).code; co.plainArgs && co.argcount == n {
			return op.CALL_PY
		}
	case TypeType:
		t := callee.AsType()
		if to := specializeCallType(t, ce); to != op.NOP {
			return to
		}
		init := pyInitOf(callee)
		if init == nil {
			return op.NOP
		}
		ce.typ, ce.v1, ce.value = t, uint64(t.Version), ValueOf(init)
		return op.CALL_TYPE_INIT
	}
	return op.NOP
}

// specializeCallMethod picks the quickened form of CALL_METHOD.
func specializeCallMethod(callee, self Value, n int) op.Opcode {
	if self.IsNull() {
		return op.NOP
	}
	switch callee.Type() {
	case MethodDescriptorType:
		m := ptrOf[MethodDescr](callee).m
		if _, ok := fastArgsFit(m, n); ok || varargsFit(m, n) { // d.update(x): callBuiltinFast lends the *args tuple
			return op.CALL_METHOD_DESCR
		}
	case FunctionType:
		co := ptrOf[Function](callee).code
		if co.plainArgs && co.argcount == n+1 {
			return op.CALL_METHOD_PY
		}
	}
	return op.NOP
}

// fastArgsFit reports whether n positional arguments bind to m's
// parameters by position alone, and how many parameter values m takes.
func fastArgsFit(m *Method, n int) (int, bool) {
	switch {
	case m.Flags&MethNoArgs != 0:
		return 0, n == 0
	case m.Flags&MethO != 0:
		return 1, n == 1
	case m.Flags&(MethClass|MethStatic) != 0:
		return 0, false
	}
	s := m.signature()
	if n < s.fastMin || n > s.fastMax {
		return 0, false
	}
	return len(s.names), true
}

// callBuiltinFast calls the builtin m with self and the n positional
// arguments at regs[first:] without allocating: the arguments themselves
// when they match the signature, or the register block extended with null
// Values for omitted optional parameters (registers above a call block are
// dead). done is false when the call needs the general binder (keywords,
// *args, errors).
func callBuiltinFast(m *Method, self Value, regs []Value, first, n int) (r Value, err *Exception, done bool) {
	if n == 1 && m.One != nil { // perf12b_onearg.go
		r, err = m.One(self, regs[first])
		return r, err, true
	}
	if n == 2 && m.Two != nil { // tmpl14_strfast.go
		r, err = m.Two(self, regs[first], regs[first+1])
		return r, err, true
	}
	if n == 0 && m.Zero != nil {
		r, err = m.Zero(self)
		return r, err, true
	}
	np, ok := fastArgsFit(m, n)
	if !ok {
		if varargsFit(m, n) {
			return callVarargsLent(m, self, regs, first, n) // perfcall9_varargs.go
		}
		return Value{}, nil, false
	}
	// Loops rather than copy and clear: for these few Values they beat the
	// memmove and memclrHasPointers calls with their bulk write barriers.
	if first+np <= len(regs) {
		for i := first + n; i < first+np; i++ {
			regs[i] = Value{}
		}
		r, err = m.Fn(self, regs[first:first+np])
		return r, err, true
	}
	// The frame window ends before the omitted parameters: bind them in
	// registers of the slab above every frame, reserved during the call.
	th := curThread
	top := th.top
	if top+np > len(th.slab) {
		return Value{}, nil, false
	}
	args := th.slab[top : top+np : top+np]
	for i := range args {
		if i < n {
			args[i] = regs[first+i]
		} else {
			args[i] = Value{}
		}
	}
	th.top = top + np
	r, err = m.Fn(self, args)
	th.top = top
	for i := 0; i < len(args); i++ { // not range: Go makes that a memclrHasPointers call
		args[i] = Value{}
	}
	return r, err, true
}

// mulInts multiplies two small ints, reporting false on overflow.
func mulInts(x, y int64) (int64, bool) {
	p := x * y
	if x != 0 && (p/x != y || (x == -1 && y == -1<<63)) {
		return 0, false
	}
	return p, true
}

// floatPair returns the operands of a float operation where one is a float
// and the other a float or an int exactly representable as one (CPython
// converts the int with PyLong_AsDouble, which rounds the same way).
func floatPair(x, y Value) (float64, float64, bool) {
	var fx, fy float64
	switch {
	case x.IsFloat():
		fx = x.AsFloat()
	case x.IsSmallInt() && y.IsFloat():
		fx = float64(x.SmallInt())
	default:
		return 0, 0, false
	}
	switch {
	case y.IsFloat():
		fy = y.AsFloat()
	case y.IsSmallInt():
		fy = float64(y.SmallInt())
	default:
		return 0, 0, false
	}
	return fx, fy, true
}

// cmpFloats compares two floats as CPython's float_richcompare does for
// two floats (NaN compares unequal to everything).
func cmpFloats(x, y float64, cop CompareOp) bool {
	switch cop {
	case Lt:
		return x < y
	case Le:
		return x <= y
	case Eq:
		return x == y
	case Ne:
		return x != y
	case Gt:
		return x > y
	}
	return x >= y
}

// binOpNames are the interned forward dunder names of the operators.
var binOpNames = func() (names [NbCount]*Str) {
	for i := range names {
		names[i] = Intern(binOpDunders[i][0])
	}
	return
}()

// pyBinaryOp is a op b when a is an instance of a Python class defining
// the operator's dunder as a function and b is of the same class or an
// exact int or float: it calls the function directly, without the bound
// method and argument slice of the generic slot, and finishes the protocol
// as binaryOp1 would when it returns NotImplemented. ok is false when the
// generic path must run.
func pyBinaryOp(a, b Value, nb BinOp) (r Value, err *Exception, ok bool) {
	at, bt := a.Type(), b.Type()
	base := nb
	if nb >= NbInplace {
		base = nb - NbInplace
		if at.Inplace[base] != nil {
			return Value{}, nil, false
		}
	}
	if at.pyNumber&(1<<base) == 0 || bt != at && bt != IntType && bt != FloatType {
		return Value{}, nil, false
	}
	fn := at.Lookup(binOpNames[base])
	if fn.IsNull() || fn.Type() != FunctionType { // null: only the reflected dunder
		return Value{}, nil, false
	}
	args := [2]Value{a, b}
	r, err = function_call(fn, args[:], nil)
	if err != nil || r != NotImplemented {
		return r, err, true
	}
	if bt != at {
		if fb := bt.Number[base]; fb != nil {
			if r, err = fb(a, b); err != nil || r != NotImplemented {
				return r, err, true
			}
		}
	}
	return Value{}, binaryOpError(a, b, nb), true
}

// polyEntries is the number of receiver types a polymorphic site caches
// (DESIGN.md §5: up to four; beyond that the site is megamorphic and
// de-optimizes to the generic form).
const polyEntries = 4

// polyAdd records the receiver x of the LOAD_METHOD at pc, whose cache
// entries start at ix, as one more entry of a polymorphic site, rewriting
// the instruction to LOAD_METHOD_POLY. It reports false (clearing the
// extra entries) when x is not a Python method receiver or the site
// already holds polyEntries types.
func polyAdd(co *Code, pc, ix int, x Value, name *Str) bool {
	entries := co.caches[ix : ix+polyEntries]
	for k := 1; k < polyEntries; k++ {
		e := &entries[k]
		if e.v1 != 0 {
			continue
		}
		if specializeLoadMethod(x, name, e) == op.LOAD_METHOD_PY {
			if op.Opcode(co.instrs[pc]) != op.LOAD_METHOD_POLY {
				quicken(co, pc, op.LOAD_METHOD_POLY)
			}
			return true
		}
		break
	}
	for k := 1; k < polyEntries; k++ {
		entries[k] = cacheEntry{}
	}
	return false
}

// callMethodScratch calls the builtin m with self and the vectorcall
// arguments args/kwnames through the general binder, as callMethod does,
// but binds into slab registers above every frame instead of a buffer that
// escapes to the heap, and builds the qualified name for messages only
// when binding fails.
func callMethodScratch(m *Method, self Value, args []Value, kwnames []*Str, qual func() string) (Value, *Exception) {
	if m.Vec != nil {
		return m.Vec(self, args, kwnames)
	}
	th := curThread
	top := th.top
	k := len(m.signature().names)
	if top+k > len(th.slab) {
		bound, err := m.bindArgs(args, kwnames, qual(), nil)
		if err != nil {
			return Value{}, err
		}
		return m.Fn(self, bound)
	}
	scratch := th.slab[top : top+k : top+k]
	var bound []Value
	var err *Exception
	var lent *Tuple
	var lender *frame
	if m.Flags&MethBorrowArgs != 0 && m.Flags&(MethNoArgs|MethO) == 0 {
		lent, lender = th.lendTuple()
		bound, err = m.bindSlow(args, kwnames, "", scratch[:0], lent)
	} else {
		bound, err = m.bindArgs(args, kwnames, "", scratch[:0])
	}
	if err != nil {
		returnTuple(lent, lender)
		// Bind again for the message that names the method.
		_, err = m.bindArgs(args, kwnames, qual(), nil)
		return Value{}, err
	}
	th.top = top + k
	r, err := m.Fn(self, bound)
	th.top = top
	returnTuple(lent, lender)
	clear(scratch)
	return r, err
}

// qualName is "type.method", the name argument-binding messages use.
func (d *MethodDescr) qualName() string { return d.owner.Qualname + "." + d.m.Name }
