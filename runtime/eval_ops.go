// This file defines the slow paths of the interpreter's instructions:
// unpacking, f-string formatting, function creation, *args calls, raise,
// except matching, with statements and imports.

package runtime

import (
	"math/bits"
	"strings"
	"sync"
)

// unpackSequence stores the items of v into out, which must match exactly.
func unpackSequence(v Value, out []Value) *Exception {
	n := len(out)
	var items []Value
	switch v.Type() {
	case TupleType:
		items = ptrOf[Tuple](v).items
	case ListType:
		items = ptrOf[List](v).items
	}
	plain := false
	if items == nil {
		items, plain = plainTupleItems(v) // a namedtuple (perf12c_unpack.go)
	}
	if items != nil || plain || v.Type() == TupleType || v.Type() == ListType {
		if len(items) != n {
			if len(items) < n {
				return NewValueError("not enough values to unpack (expected %d, got %d)", n, len(items))
			}
			return NewValueError("too many values to unpack (expected %d)", n)
		}
		copy(out, items)
		return nil
	}
	it, err := Iter(v)
	if err != nil {
		if err.Matches(TypeErrorType) && v.Type().Iter == nil && v.Type().GetItem == nil {
			return NewTypeError("cannot unpack non-iterable %s object", v.Type().Name)
		}
		return err
	}
	tmp := make([]Value, 0, n)
	for i := 0; i < n; i++ {
		x, err := Next(it)
		if err != nil {
			return err
		}
		if x.IsNull() {
			return NewValueError("not enough values to unpack (expected %d, got %d)", n, i)
		}
		tmp = append(tmp, x)
	}
	x, err := Next(it)
	if err != nil {
		return err
	}
	if !x.IsNull() {
		return NewValueError("too many values to unpack (expected %d)", n)
	}
	copy(out, tmp)
	return nil
}

// unpackEx is a, *b, c = v: lo items, a list, hi items.
func unpackEx(v Value, out []Value, lo, hi int) *Exception {
	var all []Value
	fresh := false // all is a copy nobody else holds
	switch v.Type() {
	case TupleType:
		all = ptrOf[Tuple](v).items
	case ListType:
		all = ptrOf[List](v).items // read at once: no Python code runs below
	default:
		var err *Exception
		if all, err = collectIter(v); err != nil {
			if err.Matches(TypeErrorType) && v.Type().Iter == nil && v.Type().GetItem == nil {
				return NewTypeError("cannot unpack non-iterable %s object", v.Type().Name)
			}
			return err
		}
		fresh = true
	}
	if len(all) < lo+hi {
		return NewValueError("not enough values to unpack (expected at least %d, got %d)", lo+hi, len(all))
	}
	n := len(all)
	copy(out[:lo], all[:lo])
	copy(out[lo+1:lo+1+hi], all[n-hi:])
	if fresh {
		// The starred list takes over the copy; the slots outside it are
		// cleared so that the array does not keep the other items alive.
		out[lo] = NewList(all[lo : n-hi : n-hi])
		clear(all[:lo])
		clear(all[n-hi : cap(all)])
	} else {
		l := newListLen(n - hi - lo) // one allocation when short (list_alloc.go)
		copy(l.items, all[lo:n-hi])
		out[lo] = ValueOf(l)
	}
	return nil
}

// collectIter returns the items of an iterable (shared for lists/tuples:
// callers must not modify the result).
func collectIter(v Value) ([]Value, *Exception) {
	switch v.Type() {
	case TupleType:
		return ptrOf[Tuple](v).items, nil
	case ListType:
		return append([]Value(nil), ptrOf[List](v).items...), nil
	case SetType, FrozenSetType:
		return collectSet(ptrOf[Set](v)), nil // perf12b_iterfast.go
	}
	it, err := Iter(v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		x, err := Next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return out, nil
		}
		out = append(out, x)
	}
}

// buildString concatenates the strs of an f-string.
func buildString(parts []Value) Value {
	return strBuild(parts)
}

// formatValue is FORMAT_VALUE: conversion then format().
func formatValue(v, spec Value, c int) (Value, *Exception) {
	var err *Exception
	switch c & 3 {
	case 1:
		v, err = StrOfValue(v)
	case 2:
		if r, ok := reprFast(v); ok { // perf11a_repr.go
			v = r
			break
		}
		var s *Str
		s, err = Repr(v)
		if err == nil {
			v = ValueOf(s)
		}
	case 3:
		v, err = asciiOf(v)
	}
	if err != nil {
		return Value{}, err
	}
	if c&4 == 0 {
		if v.Type() == StrType {
			return v, nil
		}
		return Format(v, ValueOf(emptyStr))
	}
	if sp, isStr := spec.TryStr(); isStr {
		if r, ok, err := formatKnown(v, sp); ok { // perf11a_repr.go
			return r, err
		}
	}
	return Format(v, spec)
}

// Format is format(v, spec).
func Format(v, spec Value) (Value, *Exception) {
	if v.Type() == StrType && spec.AsStr().S == "" {
		return v, nil
	}
	if v.IsSmallInt() && spec.AsStr().S == "" {
		return int_repr(v)
	}
	if fn := builtinFormatFn(v.Type()); fn != nil {
		// int, float and str cannot be patched: call their __format__
		// directly, without the method lookup and argument parsing.
		return formatBuiltin(fn, v, spec) // format_value.go
	}
	r, err := callSpecial(v, strDunderFormat, spec)
	if err != nil {
		return Value{}, err
	}
	if _, ok := r.TryStr(); !ok {
		return Value{}, NewTypeError("__format__ must return a str, not %s", r.Type().Name)
	}
	return r, nil
}

var strDunderFormat = Intern("__format__")

// formatFns holds the __format__ of int, float and str, resolved on first
// use (after their type dicts are built).
var (
	formatFns     [3]MethodFunc
	formatFnsOnce sync.Once
)

// builtinFormatFn returns the Go __format__ of the exact types int, float and
// str, or nil for any other type.
func builtinFormatFn(t *Type) MethodFunc {
	var i int
	switch t {
	case IntType:
		i = 0
	case FloatType:
		i = 1
	case StrType:
		i = 2
	default:
		return nil
	}
	formatFnsOnce.Do(func() {
		for j, bt := range []*Type{IntType, FloatType, StrType} {
			if d, _ := bt.Dict().GetStr(strDunderFormat); d.Type() == MethodDescriptorType {
				formatFns[j] = ptrOf[MethodDescr](d).m.Fn
			}
		}
	})
	return formatFns[i]
}

// makeFunction builds a function from its code constant and the optional
// operand registers.
func makeFunction(f *frame, codeVal Value, ops []Value, flags int) Value {
	co := ptrOf[Code](codeVal)
	ncells := 0
	if flags&8 != 0 {
		ncells = len(ops[bits.OnesCount(uint(flags&7))].AsTuple().items)
	}
	fn := newFunctionCells(f, co, ncells) // perf12b_makefunc.go
	i := setFunctionParts(fn, ops, flags)
	if flags&8 != 0 {
		items := ops[i].AsTuple().items
		for j, c := range items {
			fn.closure[j] = ptrOf[Cell](c)
		}
	}
	return ValueOf(fn)
}

// setFunctionParts stores the defaults, keyword defaults and annotations
// flags says ops holds (in that order) into fn, returning how many
// registers of ops they took.
func setFunctionParts(fn *Function, ops []Value, flags int) int {
	i := 0
	if flags&1 != 0 {
		fn.defaults = ops[i].AsTuple()
		i++
	}
	if flags&2 != 0 {
		fn.kwdefaults = ops[i].AsDict()
		i++
	}
	if flags&4 != 0 {
		fn.annotations = ops[i]
		if t, ok := ops[i].TryTuple(); ok {
			d := NewDict()
			for j := 0; j+1 < len(t.items); j += 2 {
				d.SetItem(t.items[j], t.items[j+1])
			}
			fn.annotations = d.Value()
		}
		i++
	}
	return i
}

func setupAnnotations(f *frame) *Exception {
	name := Intern("__annotations__")
	if _, ok, err := mappingGet(f.locals, name); err != nil || ok {
		return err
	}
	return storeName(f, name, NewDict().Value())
}

// callEx is f(*args, **kwargs).
func callEx(fn, args, kw Value) (Value, *Exception) {
	all, names, err := callExArgs(fn, args, kw)
	if err != nil {
		return Value{}, err
	}
	return Call(fn, all, names)
}

// callPythonEx is CALL_EX of a Python function: like callPython, it pushes
// the callee's frame for the loop to continue in (no Go recursion), or
// returns the result of a generator function.
func (th *Thread) callPythonEx(f *frame, fn *Function, args, kw Value) (*frame, Value, *Exception) {
	if nf := th.callPythonDict(f, fn, args, kw); nf != nil {
		return nf, Value{}, nil
	}
	if nf := th.callPythonTuple(f, fn, args, kw); nf != nil { // call13_extuple.go
		return nf, Value{}, nil
	}
	f.lend = nil // the general binding may keep the star arguments (kw18_lend.go)
	all, names, err := callExArgs(ValueOf(fn), args, kw)
	if err != nil {
		return nil, Value{}, err
	}
	co := fn.code
	if isGeneratorCode(co) {
		g, err := newGeneratorFrame(fn, all, names)
		return nil, g, err
	}
	if th.depth >= th.recursionLimit {
		// A function is called through its vectorcall, which adds no
		// " while calling a Python object" (CPython's PyObject_Call does
		// for tp_call objects only).
		return nil, Value{}, NewRecursionError("maximum recursion depth exceeded")
	}
	if evalBreaker.Load() != 0 { // as callPython: signals, and tracing's instrumentation
		if err := th.handleEvalBreaker(); err != nil {
			return nil, Value{}, err
		}
		traceEnter(co)
	}
	nf := th.pushFrame(co, th.top)
	clearRegs(nf.regs) // call13_regs.go
	if co.plainArgs && len(names) == 0 && len(all) == co.argcount {
		copyRegs(nf.regs, all)
	} else if err := bindArgs(fn, all, names, nf.regs); err != nil {
		th.popFrame(nf)
		return nil, Value{}, err
	}
	setupCells(nf, fn)
	th.enterFrame(nf, f, fn)
	return nf, Value{}, nil
}

// callExArgs flattens the positional iterable and keyword dict of CALL_EX
// into an argument vector and keyword names.
func callExArgs(fn, args, kw Value) ([]Value, []*Str, *Exception) {
	var pos []Value
	if t, ok := args.TryTuple(); ok {
		pos = t.items
	} else {
		var err *Exception
		pos, err = collectIter(args)
		if err != nil {
			if err.Matches(TypeErrorType) && args.Type().Iter == nil && args.Type().GetItem == nil {
				return nil, nil, NewTypeError("%s argument after * must be an iterable, not %s", funcDisplayName(fn), args.Type().Name)
			}
			return nil, nil, err
		}
	}
	if kw.IsNull() {
		return pos, nil, nil
	}
	if err := checkKwargsStrings(kw.AsDict()); err != nil {
		return nil, nil, err
	}
	all, names := flattenKwargs(pos, kw)
	return all, names, nil
}

// checkKwargsStrings rejects a ** dict with a key that is not a str, as
// CPython's call does (its merge into the call's dict does not).
func checkKwargsStrings(d *Dict) *Exception {
	pos := 0
	for {
		k, _, ok := d.Next(&pos)
		if !ok {
			return nil
		}
		if _, ok := k.TryStr(); !ok {
			return NewTypeError("keywords must be strings")
		}
	}
}

// doRaise implements raise (c=0: re-raise), raise X (c=1), raise X from Y (c=2).
func doRaise(th *Thread, x, cause Value, c int) *Exception {
	if c == 0 {
		h := th.topHandled()
		if h == nil {
			return NewRuntimeError("No active exception to reraise")
		}
		return h
	}
	e, err := makeException(x)
	if err != nil {
		return err
	}
	// A raise statement chains the exception to the handled one even if
	// it was raised before (_PyErr_SetObject).
	e.chained = true
	if h := th.topHandled(); h != nil && e != h {
		setContext(e, h)
	}
	if c == 2 {
		if cause.IsNone() {
			e.Cause = nil
		} else {
			ce, err := makeException(cause)
			if err != nil {
				if err.Matches(TypeErrorType) {
					return NewTypeError("exception causes must derive from BaseException")
				}
				return err
			}
			e.Cause = ce
		}
		e.SuppressContext = true
	}
	return e
}

// makeException turns the operand of raise into an exception instance.
func makeException(x Value) (*Exception, *Exception) {
	if e, ok := x.TryException(); ok {
		return e, nil
	}
	if t, ok := x.TryType(); ok && t.IsSubtype(BaseExceptionType) {
		v, err := Call(x, nil, nil)
		if err != nil {
			return nil, err
		}
		e, ok := v.TryException()
		if !ok {
			return nil, notAnExceptionInstance(x, v, false)
		}
		return e, nil
	}
	return nil, NewTypeError("exceptions must derive from BaseException")
}

// notAnExceptionInstance is the TypeError for an exception class whose
// call returned v, which is not an exception.
// raise names v's type by repr, gen.throw by name (as CPython 3.11 does).
func notAnExceptionInstance(cls, v Value, byName bool) *Exception {
	cr, err := Repr(cls)
	if err != nil {
		return err
	}
	tn := v.Type().Name
	if !byName {
		tr, err := Repr(v.Type().Value())
		if err != nil {
			return err
		}
		tn = tr.S
	}
	return NewTypeError("calling %s should have returned an instance of BaseException, not %s", cr.S, tn)
}

// exceptionMatches is the test of an except clause.
func exceptionMatches(exc, typ Value) (bool, *Exception) {
	if t, ok := typ.TryTuple(); ok {
		for _, x := range t.items {
			if _, ok := x.TryType(); !ok || !x.AsType().IsSubtype(BaseExceptionType) {
				return false, NewTypeError("catching classes that do not inherit from BaseException is not allowed")
			}
		}
		for _, x := range t.items {
			if exc.Type().IsSubtype(x.AsType()) {
				return true, nil
			}
		}
		return false, nil
	}
	t, ok := typ.TryType()
	if !ok || !t.IsSubtype(BaseExceptionType) {
		return false, NewTypeError("catching classes that do not inherit from BaseException is not allowed")
	}
	return exc.Type().IsSubtype(t), nil
}

// beforeWith returns the bound __exit__ and the result of __enter__().
func beforeWith(mgr Value) (Value, Value, *Exception) {
	t := mgr.Type()
	enter := t.Lookup(Intern("__enter__"))
	if enter.IsNull() {
		return Value{}, Value{}, NewTypeError("'%s' object does not support the context manager protocol", t.Name)
	}
	exit := t.Lookup(Intern("__exit__"))
	if exit.IsNull() {
		return Value{}, Value{}, NewTypeError("'%s' object does not support the context manager protocol (missed __exit__ method)", t.Name)
	}
	boundExit, err := bindDescr(exit, mgr)
	if err != nil {
		return Value{}, Value{}, err
	}
	r, err := callSpecial(mgr, Intern("__enter__"))
	if err != nil {
		return Value{}, Value{}, err
	}
	return boundExit, r, nil
}

// bindDescr binds a class attribute to obj through __get__.
func bindDescr(attr, obj Value) (Value, *Exception) {
	if g := attr.Type().DescrGet; g != nil {
		return g(attr, obj, obj.Type())
	}
	return attr, nil
}

func asciiOf(v Value) (Value, *Exception) {
	r, err := Repr(v)
	if err != nil {
		return Value{}, err
	}
	if r.IsASCII() {
		return ValueOf(r), nil
	}
	var b strings.Builder
	for _, c := range codePoints(r.S) {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			b.WriteString("\\x" + hex2(int(c), 2))
		case c < 0x10000:
			b.WriteString("\\u" + hex2(int(c), 4))
		default:
			b.WriteString("\\U" + hex2(int(c), 8))
		}
	}
	return StrValue(b.String()), nil
}

func hex2(v, n int) string {
	const digits = "0123456789abcdef"
	out := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = digits[v&15]
		v >>= 4
	}
	return string(out)
}

// printExpr is the interactive echo of an expression statement.
func printExpr(v Value) *Exception {
	hook := sysGet("displayhook") // PRINT_EXPR calls whatever sys.displayhook is now
	if hook.IsNull() {
		return NewRuntimeError("lost sys.displayhook")
	}
	_, err := Call(hook, []Value{v}, nil)
	return err
}
