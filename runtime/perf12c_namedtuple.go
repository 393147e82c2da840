// This file makes a namedtuple class's construction Point(x, y) one
// allocation: collections.namedtuple's __new__ is the generated
// lambda _cls, x, y: _tuple_new(_cls, (x, y)) with _tuple_new bound to
// tuple.__new__ in its own globals, and running it costs a frame, an
// argument tuple and a builtin call for what is a tuple of the bound
// arguments with the class as its type. classCallCached (perf11c_newcall.go)
// asks here first: when __new__'s code has exactly that shape, its global
// _tuple_new is still tuple.__new__, and nothing observes calls (tracing,
// profiling), the instance is built directly; anything else (a binding
// error included) goes the usual way, which then reports it.

package runtime

import "krait/compiler"

var strTupleNewGlobal = Intern("_tuple_new")

// tupleNewBuiltin is tuple.__new__, looked up on first use.
var tupleNewBuiltin Value

// namedtupleNew returns the instance of t that calling its __new__ fn
// with args (the last len(kwnames) by keyword) makes, when fn is
// namedtuple's generated __new__; ok is false when it must be called.
func namedtupleNew(t *Type, fn *Function, args []Value, kwnames []*Str) (v Value, ok bool) {
	n := namedtupleFields(fn.code)
	if n <= 0 || t.Base != TupleType || t.Flags&FlagHeapType == 0 || t.InstAttrs != nil ||
		evalBreaker.Load() != 0 {
		return Value{}, false
	}
	if tupleNewBuiltin.IsNull() {
		tupleNewBuiltin, _ = TupleType.Dict().GetStr(strNew)
	}
	if g, found := fn.globals.GetStr(strTupleNewGlobal); !found || !g.Is(tupleNewBuiltin) {
		return Value{}, false
	}
	if len(kwnames) == 0 && len(args) <= n {
		return namedtupleFromPositional(t, fn, args, n)
	}
	regs := make([]Value, n+1)
	all := append([]Value{t.Value()}, args...)
	if bindArgs(fn, all, kwnames, regs) != nil {
		return Value{}, false
	}
	return tupleSubBare(t, regs[1:]), true
}

// namedtupleFromPositional is namedtupleNew for n fields given len(args)
// positional arguments, the rest from fn's defaults.
func namedtupleFromPositional(t *Type, fn *Function, args []Value, n int) (Value, bool) {
	if len(args) == n {
		return tupleSubBare(t, args), true
	}
	var defs []Value
	if fn.defaults != nil {
		defs = fn.defaults.items
	}
	missing := n - len(args)
	if missing > len(defs) || n > 8 {
		return Value{}, false // an error, or a long record: the usual way
	}
	var buf [8]Value
	items := append(append(buf[:0], args...), defs[len(defs)-missing:]...)
	return tupleSubBare(t, items), true
}

// namedtupleFields returns the field count n of co when it is the code of
// lambda _cls, f1, ..., fn: _tuple_new(_cls, (f1, ..., fn)) as Krait
// compiles it (the instructions of the compiled code, not the specialized
// copy), or -1.
func namedtupleFields(co *Code) int {
	x := co.more() // heap20_codeextra.go
	if x.ntFields == 0 {
		x.ntFields = -1
		if n := namedtupleShape(co.c); n > 0 && n < 1<<14 {
			x.ntFields = int16(n + 1)
		}
	}
	if x.ntFields < 0 {
		return -1
	}
	return int(x.ntFields) - 1
}

// namedtupleShape checks c's instructions against the expected sequence:
// LOAD_GLOBAL t _tuple_new; MOVE t+1 _cls; MOVE t+2+i f_i (i = 1..n);
// BUILD_TUPLE t+2 t+3 n; CALL t 2; RETURN t.
func namedtupleShape(c *compiler.Code) int {
	n := c.ArgCount - 1
	if n < 1 || c.PosOnlyArgCount != 0 || c.KwOnlyArgCount != 0 || len(c.Cellvars)+len(c.Freevars) != 0 ||
		c.Flags&(compiler.CoVarargs|compiler.CoVarkeywords|compiler.CoGenerator|compiler.CoCoroutine|compiler.CoAsyncGenerator|compiler.CoIterableCoroutine) != 0 {
		return -1
	}
	pc := 0
	next := func() compiler.Instr {
		if pc >= len(c.Instrs) {
			return compiler.Instr{Op: compiler.NOP}
		}
		in := compiler.Decode(c.Instrs, pc)
		pc += in.Len
		return in
	}
	in := next()
	t := in.A
	if in.Op != compiler.LOAD_GLOBAL || int(in.B) >= len(c.Names) || c.Names[in.B] != "_tuple_new" {
		return -1
	}
	for i := 0; i <= n; i++ {
		want := t + 1
		if i > 0 {
			want = t + 2 + uint32(i)
		}
		if in = next(); in.Op != compiler.MOVE || in.A != want || in.B != uint32(i) {
			return -1
		}
	}
	if in = next(); in.Op != compiler.BUILD_TUPLE || in.A != t+2 || in.B != t+3 || in.C != uint32(n) {
		return -1
	}
	if in = next(); in.Op != compiler.CALL || in.A != t || in.B != 2 {
		return -1
	}
	if in = next(); in.Op != compiler.RETURN || in.A != t || pc != len(c.Instrs) {
		return -1
	}
	return n
}
