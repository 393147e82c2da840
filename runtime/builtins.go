// This file defines the builtins module: its functions (one Method table)
// and the names of the builtin types, constants and exceptions.

package runtime

import (
	"bufio"
	"math/big"
	"os"
	"strings"
	"unicode/utf8"
)

var builtinsModule *Module

// BuiltinsModule returns the builtins module, creating it on first use.
func BuiltinsModule() *Module {
	if builtinsModule == nil {
		builtinsModule = newBuiltinsModule()
	}
	return builtinsModule
}

func newBuiltinsModule() *Module {
	m := NewModule("builtins")
	d := m.Dict
	for _, fs := range [][]Method{builtinFuncs, builtinAsyncFuncs} {
		for i := range fs {
			d.SetStr(Intern(fs[i].Name), NewBuiltinFunction(&fs[i], m.Value(), "builtins"))
		}
	}
	for _, t := range []*Type{ObjectType, TypeType, IntType, FloatType, StrType, TupleType, BoolType,
		ListType, DictType, SetType, FrozenSetType, RangeType, SliceType, BytesType, ComplexType,
		ByteArrayType, MemoryViewType, PropertyType, ClassMethodType, StaticMethodType, SuperType, EnumerateType, ZipType, MapType,
		FilterType, ReversedType} {
		d.SetStr(Intern(t.Name), t.Value())
	}
	for name, t := range exceptionTypeByName {
		d.SetStr(Intern(name), t.Value())
	}
	d.SetStr(Intern("EnvironmentError"), OSErrorType.Value())
	d.SetStr(Intern("IOError"), OSErrorType.Value())
	d.SetStr(Intern("None"), None)
	d.SetStr(Intern("True"), True)
	d.SetStr(Intern("False"), False)
	d.SetStr(Intern("NotImplemented"), NotImplemented)
	d.SetStr(Intern("Ellipsis"), Ellipsis)
	d.SetStr(Intern("__debug__"), True)
	d.SetStr(Intern("__doc__"), StrValue(builtinsDoc))
	builtinImportFunc, _ = d.GetStr(Intern("__import__"))
	return m
}

// Stdout is the buffered standard output print writes to; Flush it at exit.
var Stdout = bufio.NewWriterSize(os.Stdout, 1<<16)

func writeStdout(s string) *Exception {
	if sysStdoutOverridden() {
		out := sysGet("stdout")
		if IOHooks.WriteString != nil {
			if handled, err := IOHooks.WriteString(out, s); handled {
				return err
			}
		}
		_, err := callMethodByName(out, "write", StrValue(s))
		return err
	}
	Stdout.WriteString(s)
	return nil
}

// callMethodByName calls obj.name(args...).
func callMethodByName(obj Value, name string, args ...Value) (Value, *Exception) {
	return callMethodCopied(obj, Intern(name), args) // callm16_callmethod.go
}

// builtinFuncs is builtinFunctions, set at init to break the
// initialization cycle through print and sys.stdout.
var builtinFuncs []Method

func init() { builtinFuncs = builtinFunctions }

var builtinFunctions = []Method{
	{Name: "print", Sig: "*args, sep=, end=, file=, flush=", Flags: MethBorrowArgs, Fn: builtin_print},
	{Name: "len", Sig: "obj, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		n, err := Len(a[0])
		releaseLenScratch(a[0]) // nq17_lenscratch.go
		return Int(int64(n)), err
	}},
	{Name: "repr", Sig: "obj, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		s, err := Repr(a[0])
		if err != nil {
			return Value{}, err
		}
		return ValueOf(s), nil
	}},
	{Name: "ascii", Sig: "obj, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return asciiOf(a[0]) }},
	{Name: "isinstance", Sig: "obj, class_or_tuple, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		r, err := IsInstanceOf(a[0], a[1])
		return Bool(r), err
	}, Two: builtinIsInstanceTwo},
	{Name: "issubclass", Sig: "cls, class_or_tuple, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		r, err := IsSubclassOf(a[0], a[1])
		return Bool(r), err
	}},
	{Name: "iter", Sig: "object, sentinel=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		if !a[1].IsNull() {
			return newCallIter(a[0], a[1])
		}
		return Iter(a[0])
	}},
	{Name: "next", Sig: "iterator, default=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		t := a[0].Type()
		if t.Next == nil {
			return Value{}, NewTypeError("'%s' object is not an iterator", t.Name)
		}
		r, err := t.Next(a[0])
		if err != nil {
			if !a[1].IsNull() && err.Matches(StopIterationType) {
				return a[1], nil
			}
			return Value{}, err
		}
		if r.IsNull() {
			if !a[1].IsNull() {
				return a[1], nil
			}
			return Value{}, NewStopIteration(Value{})
		}
		return r, nil
	}},
	{Name: "sorted", Sig: "*args, key=, reverse=, **kw", Flags: MethBorrowArgs, Fn: builtin_sorted, One: sortedOne},
	{Name: "min", Sig: "*args, key=, default=, **kw", Flags: MethBorrowArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return minMax(a, Lt, "min") }, One: minOne},
	{Name: "max", Sig: "*args, key=, default=, **kw", Flags: MethBorrowArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return minMax(a, Gt, "max") }, One: maxOne},
	{Name: "sum", Sig: "iterable, /, start=", Fn: builtin_sum},
	{Name: "abs", Sig: "x, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		t := a[0].Type()
		if t.Abs == nil {
			return Value{}, NewTypeError("bad operand type for abs(): '%s'", t.Name)
		}
		return t.Abs(a[0])
	}},
	{Name: "hash", Sig: "obj, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		h, err := Hash(a[0])
		return Int(h), err
	}},
	{Name: "id", Sig: "obj, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		return Int(objectID(a[0])), nil
	}},
	{Name: "getattr", Sig: "object, name, default=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		name, ok := a[1].TryStr()
		if !ok {
			return Value{}, NewTypeError("attribute name must be string, not '%s'", a[1].Type().Name)
		}
		if !a[2].IsNull() {
			r, err := GetAttrOpt(a[0], name) // getattr_opt.go: no AttributeError made for a miss
			if err == nil && r.IsNull() {
				return a[2], nil
			}
			return r, err
		}
		return GetAttr(a[0], name)
	}},
	{Name: "setattr", Sig: "obj, name, value, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		name, ok := a[1].TryStr()
		if !ok {
			return Value{}, NewTypeError("attribute name must be string, not '%s'", a[1].Type().Name)
		}
		return None, SetAttr(a[0], name, a[2])
	}},
	{Name: "delattr", Sig: "obj, name, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		name, ok := a[1].TryStr()
		if !ok {
			return Value{}, NewTypeError("attribute name must be string, not '%s'", a[1].Type().Name)
		}
		return None, SetAttr(a[0], name, Value{})
	}},
	{Name: "hasattr", Sig: "obj, name, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		name, ok := a[1].TryStr()
		if !ok {
			return Value{}, NewTypeError("attribute name must be string, not '%s'", a[1].Type().Name)
		}
		r, err := GetAttrOpt(a[0], name)
		if err != nil {
			return Value{}, err
		}
		return Bool(!r.IsNull()), nil
	}},
	{Name: "callable", Sig: "obj, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		return Bool(a[0].Type().Call != nil), nil
	}},
	{Name: "any", Sig: "iterable, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return anyAll(a[0], true) }},
	{Name: "all", Sig: "iterable, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return anyAll(a[0], false) }},
	{Name: "chr", Sig: "i, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		i, err := indexToInt(a[0], "")
		if err != nil {
			if err.Matches(OverflowErrorType) {
				return Value{}, NewOverflowError("Python int too large to convert to C int")
			}
			return Value{}, err
		}
		if i < 0 || i > 0x10ffff {
			return Value{}, NewValueError("chr() arg not in range(0x110000)")
		}
		return StrValue(string(appendCodePoint(nil, rune(i)))), nil
	}},
	{Name: "ord", Sig: "c, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		if s, ok := a[0].TryStr(); ok {
			if s.Len() != 1 {
				return Value{}, NewTypeError("ord() expected a character, but string of length %d found", s.Len())
			}
			c, _ := decodeCodePoint(s.S, 0)
			return Int(int64(c)), nil
		}
		if b, ok := bytesLike(a[0]); ok {
			if len(b) != 1 {
				return Value{}, NewTypeError("ord() expected a character, but string of length %d found", len(b))
			}
			return Int(int64(b[0])), nil
		}
		return Value{}, NewTypeError("ord() expected string of length 1, but %s found", a[0].Type().Name)
	}},
	{Name: "divmod", Sig: "x, y, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		r, err := callBinaryDunder(a[0], Intern("__divmod__"), a[1])
		if err != nil || r != NotImplemented {
			return r, err
		}
		if a[0].Type() != a[1].Type() {
			r, err = callBinaryDunder(a[1], Intern("__rdivmod__"), a[0])
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
		return Value{}, NewTypeError("unsupported operand type(s) for divmod(): '%s' and '%s'", a[0].Type().Name, a[1].Type().Name)
	}},
	{Name: "pow", Sig: "base, exp, mod=", Fn: func(self Value, a []Value) (Value, *Exception) {
		if a[2].IsNull() || a[2].IsNone() {
			return BinaryOp(a[0], a[1], NbPower)
		}
		if r, err := ternaryPow(a[0], a[1], a[2]); err != nil || !r.IsNull() {
			return r, err
		}
		return Value{}, NewTypeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", a[0].Type().Name, a[1].Type().Name, a[2].Type().Name)
	}},
	{Name: "round", Sig: "number, ndigits=", Fn: func(self Value, a []Value) (Value, *Exception) {
		f := a[0].Type().Lookup(Intern("__round__"))
		if f.IsNull() {
			return Value{}, NewTypeError("type %s doesn't define __round__ method", a[0].Type().Name)
		}
		if a[1].IsNull() || a[1].IsNone() {
			return callSpecial(a[0], Intern("__round__"))
		}
		return callSpecial(a[0], Intern("__round__"), a[1])
	}},
	{Name: "format", Sig: "value, format_spec=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		spec := a[1]
		if spec.IsNull() {
			spec = ValueOf(emptyStr)
		}
		if _, ok := spec.TryStr(); !ok {
			return Value{}, NewTypeError("format() argument 2 must be str, not %s", typeNameOrNone(spec))
		}
		return Format(a[0], spec)
	}},
	{Name: "hex", Sig: "number, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return intBase(a[0], 16, "0x") }},
	{Name: "oct", Sig: "number, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return intBase(a[0], 8, "0o") }},
	{Name: "bin", Sig: "number, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return intBase(a[0], 2, "0b") }},
	{Name: "globals", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		if f := curThread.cur; f != nil {
			return f.globals.Value(), nil
		}
		return None, nil
	}},
	{Name: "locals", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return frameLocals(curThread.cur), nil }},
	{Name: "vars", Sig: "object=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		if a[0].IsNull() {
			return frameLocals(curThread.cur), nil
		}
		d, err := GetAttrString(a[0], "__dict__")
		if err != nil && err.Matches(AttributeErrorType) {
			return Value{}, NewTypeError("vars() argument must have __dict__ attribute")
		}
		return d, err
	}},
	{Name: "dir", Sig: "object=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		var names []string
		if a[0].IsNull() {
			l := frameLocals(curThread.cur)
			if d, ok := l.TryDict(); ok && l.Type() == DictType {
				names = dictKeyStrings(d)
				sortStringsStd(names)
			} else if !l.IsNone() { // a mapping given to eval() or exec()
				keys, err := callMethodByName(l, "keys")
				if err != nil {
					return Value{}, err
				}
				items, err := collectIter(keys)
				if err != nil {
					return Value{}, err
				}
				items = append([]Value(nil), items...)
				err = sortValues(items, Value{}, Value{})
				return NewList(items), err
			}
		} else {
			if f := a[0].Type().Lookup(Intern("__dir__")); !f.IsNull() {
				if _, isWrapper := slotWrapperOf(f); !isWrapper && (f.Type() != MethodDescriptorType || IsInstance(a[0], ModuleType) || !isGenericDir(f)) {
					r, err := callSpecial(a[0], Intern("__dir__"))
					if err != nil {
						return Value{}, err
					}
					items, err := collectIter(r)
					if err != nil {
						return Value{}, err
					}
					items = append([]Value(nil), items...)
					err = sortValues(items, Value{}, Value{})
					return NewList(items), err
				}
			}
			if _, err := GetAttrString(a[0], "__class__"); err != nil {
				r := objectDirNoClass(a[0])
				return r, sortValues(ptrOf[List](r).items, Value{}, Value{})
			}
			names = dirNames(a[0])
		}
		items := make([]Value, len(names))
		for i, n := range names {
			items[i] = StrValue(n)
		}
		return NewList(items), nil
	}},
	{Name: "__build_class__", Sig: "*args, **kwds", Fn: func(self Value, a []Value) (Value, *Exception) {
		args := a[0].AsTuple().items
		if len(args) < 2 {
			return Value{}, NewTypeError("__build_class__: not enough arguments")
		}
		return builtin_build_class(self, []Value{args[0], args[1], TupleValue(args[2:]...), a[1]})
	}},
	{Name: "compile", Sig: "source, filename, mode, flags=, dont_inherit=, optimize=, *, _feature_version=", Fn: builtin_compile},
	{Name: "__import__", Sig: "name, globals=, locals=, fromlist=, level=", Fn: builtin_import},
	{Name: "input", Sig: "prompt=, /", Fn: builtin_input},
	{Name: "exec", Sig: "source, globals=, locals=, /, *, closure=", Fn: builtin_exec},
	{Name: "eval", Sig: "source, globals=, locals=, /", Fn: builtin_eval},
}

func sortStringsStd(s []string) { sortStrings(s) }

// frameLocals returns the locals mapping of f (a snapshot dict in functions).
func frameLocals(f *frame) Value {
	if f == nil {
		return None
	}
	if !f.locals.IsNull() {
		return f.locals
	}
	// One dict per function frame, as CPython's f_locals: refreshed from
	// the registers at each call, it keeps what exec stored in it.
	fo := frameObject(f)
	fastToLocals(fo)
	if fo.tr != nil && fo.tr.locals != nil {
		return fo.tr.locals.Value()
	}
	d := NewDict()
	for i, n := range f.code.varnames {
		if i < len(f.regs) && !f.regs[i].IsNull() {
			d.SetStr(n, f.regs[i])
		}
	}
	nv := len(f.code.varnames)
	for i, n := range f.code.cellvars {
		if nv+i < len(f.regs) {
			if c, ok := f.regs[nv+i].TryCell(); ok && !c.v.IsNull() {
				d.SetStr(n, c.v)
			}
		}
	}
	return d.Value()
}

// TryCell returns v's *Cell if v is a cell.
func (v Value) TryCell() (*Cell, bool) {
	if v.p == nil || v.Type() != CellType {
		return nil, false
	}
	return ptrOf[Cell](v), true
}

// objectID is id(v): the address for heap objects; unboxed numbers get a
// stable number derived from the value.
func objectID(v Value) int64 {
	if v.IsSmallInt() || v.IsFloat() {
		return int64(v.bits>>1) | 1<<62
	}
	return int64(v.Ptr())
}

func builtin_print(self Value, a []Value) (Value, *Exception) {
	sep, end := " ", "\n"
	if !a[1].IsNull() && !a[1].IsNone() {
		s, ok := a[1].TryStr()
		if !ok {
			return Value{}, NewTypeError("sep must be None or a string, not %s", a[1].Type().Name)
		}
		sep = s.S
	}
	if !a[2].IsNull() && !a[2].IsNone() {
		s, ok := a[2].TryStr()
		if !ok {
			return Value{}, NewTypeError("end must be None or a string, not %s", a[2].Type().Name)
		}
		end = s.S
	}
	file := a[3]
	if !file.IsNull() && !file.IsNone() {
		return printToFile(file, a[0].AsTuple().items, sep, end, a[4])
	}
	if sysGet("stdout").IsNull() {
		return Value{}, NewRuntimeError("lost sys.stdout") // del sys.stdout
	}
	if sysStdoutOverridden() {
		out := sysGet("stdout")
		if out.IsNone() {
			return None, nil // print() does nothing when sys.stdout is None
		}
		if IOHooks.IsTextWrapper == nil || !IOHooks.IsTextWrapper(out) {
			// A Python object sees each piece written, as in CPython.
			return printToFile(out, a[0].AsTuple().items, sep, end, a[4])
		}
	}
	var b strings.Builder
	for i, x := range a[0].AsTuple().items {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := StrOf(x)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s.S)
	}
	b.WriteString(end)
	if file.IsNull() || file.IsNone() {
		if err := writeStdout(b.String()); err != nil {
			if err.Matches(exceptionTypeByName["UnicodeEncodeError"]) {
				// Nothing was written: write piece by piece as CPython does, so
				// the pieces before the bad one appear and the error's position
				// is within its piece.
				return printToFile(sysGet("stdout"), a[0].AsTuple().items, sep, end, a[4])
			}
			return Value{}, err
		}
	} else {
		if _, err := callMethodByName(file, "write", StrValue(b.String())); err != nil {
			return Value{}, err
		}
	}
	if !a[4].IsNull() {
		if fl, _ := IsTrue(a[4]); fl {
			if file.IsNull() || file.IsNone() {
				if !sysStdoutOverridden() {
					Stdout.Flush()
				} else if _, err := callMethodByName(sysGet("stdout"), "flush"); err != nil {
					return Value{}, err
				}
			} else if _, err := callMethodByName(file, "flush"); err != nil {
				return Value{}, err
			}
		}
	}
	return None, nil
}

func minMax(a []Value, op CompareOp, name string) (Value, *Exception) {
	args := a[0].AsTuple().items
	st := minMaxState{key: a[1], op: op}
	if st.key.IsNone() {
		st.key = Value{}
	}
	if len(args) > 0 && !a[3].IsNull() { // min_max checks the arguments first
		if k, _, ok := a[3].AsDict().Next(new(int)); ok {
			return Value{}, NewTypeError("'%s' is an invalid keyword argument for %s()", k.AsStr().S, name)
		}
	}
	switch {
	case len(args) == 0:
		return Value{}, NewTypeError("%s expected at least 1 argument, got 0", name)
	case len(args) == 1:
		return minMaxOf(args[0], st.key, a[2], op, name) // perf12b_onearg.go
	default:
		if !a[2].IsNull() {
			return Value{}, NewTypeError("Cannot specify a default for %s() with multiple positional arguments", name)
		}
		for _, x := range args {
			if err := st.add(x); err != nil {
				return Value{}, err
			}
		}
	}
	return st.best, nil
}

// addIter feeds st the items of any iterable, from its iterator.
func (st *minMaxState) addIter(v Value) *Exception {
	it, err := Iter(v)
	if err != nil {
		return err
	}
	for {
		x, err := Next(it)
		if err != nil || x.IsNull() {
			return err
		}
		if err := st.add(x); err != nil {
			return err
		}
	}
}

// minMaxState is the running result of min() or max().
type minMaxState struct {
	key           Value // null for none
	op            CompareOp
	found         bool
	best, bestKey Value
}

// add considers x: it replaces the best item when its key compares
// better (strictly, so the first of equal items wins).
func (st *minMaxState) add(x Value) *Exception {
	k := x
	if !st.key.IsNull() {
		var err *Exception
		if k, err = callOne(st.key, x); err != nil {
			return err
		}
	}
	if !st.found {
		st.found, st.best, st.bestKey = true, x, k
		return nil
	}
	// Keys of one exact type among int, float and str compare directly
	// (no Python code can run), as list.sort's pre-scanned compares.
	a, b := k, st.bestKey
	if st.op == Gt {
		a, b = b, a
	}
	better, ok := pureLt(a, b)
	if !ok {
		var err *Exception
		if better, err = RichCompareBool(k, st.bestKey, st.op); err != nil {
			return err
		}
	}
	if better {
		st.best, st.bestKey = x, k
	}
	return nil
}

func builtin_sum(self Value, a []Value) (Value, *Exception) {
	total := Int(0)
	if !a[1].IsNull() {
		total = a[1]
		if _, ok := total.TryStr(); ok {
			return Value{}, NewTypeError("sum() can't sum strings [use ''.join(seq) instead]")
		}
		if _, ok := total.TryBytes(); ok {
			return Value{}, NewTypeError("sum() can't sum bytes [use b''.join(seq) instead]")
		}
		if IsInstance(total, ByteArrayType) {
			return Value{}, NewTypeError("sum() can't sum bytearray [use b''.join(seq) instead]")
		}
	}
	it, err := Iter(a[0])
	if err != nil {
		return Value{}, err
	}
	for {
		x, err := Next(it)
		if err != nil {
			return Value{}, err
		}
		if x.IsNull() {
			return total, nil
		}
		if total.IsFloat() && x.IsFloat() {
			total = Float(total.AsFloat() + x.AsFloat())
			continue
		}
		if total.IsSmallInt() && x.IsSmallInt() { // exact ints: add unless it overflows
			if a, b := total.SmallInt(), x.SmallInt(); (a+b > a) == (b > 0) {
				total = Int(a + b)
				continue
			}
		}
		if total, err = BinaryOp(total, x, NbAdd); err != nil {
			return Value{}, err
		}
	}
}

func anyAll(v Value, isAny bool) (Value, *Exception) {
	it, err := Iter(v)
	if err != nil {
		return Value{}, err
	}
	for {
		x, err := Next(it)
		if err != nil {
			return Value{}, err
		}
		if x.IsNull() {
			return Bool(!isAny), nil
		}
		t, err := IsTrue(x)
		if err != nil {
			return Value{}, err
		}
		if t == isAny {
			noteAbandonedGen(v) // compat17a_abandoned_gen.go
			return Bool(isAny), nil
		}
	}
}

func intBase(v Value, base int, prefix string) (Value, *Exception) {
	i, err := Index(v, "'%s' object cannot be interpreted as an integer")
	if err != nil {
		return Value{}, err
	}
	x, _ := bigOf(i)
	neg := x.Sign() < 0
	s := new(big.Int).Abs(x).Text(base)
	if neg {
		return StrValue("-" + prefix + s), nil
	}
	return StrValue(prefix + s), nil
}

func builtin_input(self Value, a []Value) (Value, *Exception) {
	for _, n := range []string{"stdin", "stdout", "stderr"} {
		if f := sysGet(n); f.IsNull() || f.IsNone() {
			return Value{}, NewRuntimeError("input(): lost sys.%s", n)
		}
	}
	if editedInput() { // compat17b_input.go: readline's line editor
		return editInput(a[0])
	}
	if !a[0].IsNull() {
		s, err := StrOf(a[0])
		if err != nil {
			return Value{}, err
		}
		if err := writeStdout(s.S); err != nil {
			return Value{}, err
		}
	}
	// CPython ignores a failure to flush sys.stdout here.
	flushStdout()
	in := sysGet("stdin")
	if in.Type() != StdStreamType {
		lv, err := callMethodByName(in, "readline")
		if err != nil {
			return Value{}, err
		}
		line, ok := lv.TryStr()
		if !ok {
			return Value{}, NewTypeError("object.readline() returned non-string")
		}
		if line.S == "" {
			return Value{}, NewExceptionMsg(exceptionTypeByName["EOFError"], "EOF when reading a line")
		}
		text := strings.TrimSuffix(line.S, "\n")
		noteInputLine(text) // compat11b_input.go: readline's history
		return StrValue(text), nil
	}
	v, err := stdinFallback()
	if err == nil {
		noteInputLine(v.AsStr().S)
	}
	return v, err
}

// isGenericDir reports whether f is object.__dir__ or type.__dir__, which
// dir() computes directly.
func isGenericDir(f Value) bool {
	o, _ := ObjectType.Dict().GetStr(Intern("__dir__"))
	t, _ := TypeType.Dict().GetStr(Intern("__dir__"))
	return f == o || f == t
}

// flushStdout flushes sys.stdout (and the runtime's own buffer).
func flushStdout() *Exception {
	Stdout.Flush()
	if out := sysGet("stdout"); !out.IsNull() && !out.IsNone() && out.Type() != StdStreamType {
		if _, err := callMethodByName(out, "flush"); err != nil {
			return err
		}
	}
	return nil
}

// stdinFallback reads a line from the process's standard input when
// sys.stdin is not an io object (no _io linked).
func stdinFallback() (Value, *Exception) {
	line, err := stdinReader.ReadString('\n')
	if line == "" && err != nil {
		return Value{}, NewExceptionMsg(exceptionTypeByName["EOFError"], "EOF when reading a line")
	}
	line = strings.TrimSuffix(line, "\n")
	if !utf8.ValidString(line) {
		line = strings.ToValidUTF8(line, "\ufffd")
	}
	return StrValue(line), nil
}

var stdinReader = bufio.NewReader(os.Stdin)

// printToFile is print(..., file=f): one f.write call per piece, as CPython.
func printToFile(file Value, items []Value, sep, end string, flush Value) (Value, *Exception) {
	write, err := GetAttrString(file, "write")
	if err != nil {
		return Value{}, err
	}
	put := func(s Value) *Exception {
		_, err := Call(write, []Value{s}, nil)
		return err
	}
	for i, x := range items {
		if i > 0 {
			if err := put(StrValue(sep)); err != nil {
				return Value{}, err
			}
		}
		s, err := StrOf(x)
		if err != nil {
			return Value{}, err
		}
		if err := put(ValueOf(s)); err != nil {
			return Value{}, err
		}
	}
	if err := put(StrValue(end)); err != nil {
		return Value{}, err
	}
	if !flush.IsNull() {
		if fl, _ := IsTrue(flush); fl {
			if _, err := callMethodByName(file, "flush"); err != nil {
				return Value{}, err
			}
		}
	}
	return None, nil
}

// builtin_sorted is sorted(iterable, /, *, key=None, reverse=False), with
// CPython's messages: it counts its own positional arguments and lets
// list.sort judge the keywords. key and reverse bind by name and other
// keywords land in **kw (a dict only when there are any), and the *args
// tuple is borrowed (MethBorrowArgs): a call builds neither.
func builtin_sorted(self Value, a []Value) (Value, *Exception) {
	args := a[0].AsTuple().items
	if len(args) != 1 {
		return Value{}, NewTypeError("sorted expected 1 argument, got %d", len(args))
	}
	return sortedOf(args[0], a[1], a[2], a[3])
}

// sortedOf is sorted(it, key=key, reverse=reverse) with the other keywords
// in kw (null for none): the iterable is collected before the keywords are
// judged, as CPython's list.sort.
func sortedOf(it, key, reverse, kw Value) (Value, *Exception) {
	if err := askLengthHint(it); err != nil {
		return Value{}, err
	}
	items, err := collectOwned(it)
	if err != nil {
		return Value{}, err
	}
	if !kw.IsNull() {
		if k, _, ok := kw.AsDict().Next(new(int)); ok {
			return Value{}, NewTypeError("'%s' is an invalid keyword argument for sort()", k.AsStr().S)
		}
	}
	items = listPreallocated(items, len(items)) // list(iterable)'s capacity
	if err := sortValues(items, key, reverse); err != nil {
		return Value{}, err
	}
	return NewList(items), nil
}

// ternaryPow is CPython's ternary_op for pow(v, w, z): each distinct
// operand type's three-argument power in turn; a class's __pow__ is only
// called on the base (three-argument pow never uses __rpow__). It returns
// null when all decline.
func ternaryPow(v, w, z Value) (Value, *Exception) {
	var seen [3]*Type
	for i, x := range []Value{v, w, z} {
		t := x.Type()
		if t == seen[0] || t == seen[1] {
			continue
		}
		seen[i] = t
		var r Value
		var err *Exception
		f := t.Lookup(Intern("__pow__"))
		var sw *slotWrapper
		isWrapper := false
		if !f.IsNull() {
			sw, isWrapper = slotWrapperOf(f)
		}
		switch {
		case t.Pow3 != nil:
			r, err = t.Pow3(v, w, z)
		case isWrapper && sw.owner.Pow3 != nil: // a class inheriting int's power
			r, err = sw.owner.Pow3(v, w, z)
		case i == 0 && t.Flags&FlagHeapType != 0 && !f.IsNull() && !isWrapper:
			r, err = callSpecial(v, Intern("__pow__"), w, z)
		default:
			continue
		}
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return Value{}, nil
}
