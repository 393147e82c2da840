// This file defines how Go code calls a Python function with a leading
// self argument (slot wrappers of Python classes: __new__, __init__,
// __call__) without building the [self]+args slice on the heap: the
// arguments are bound straight into the callee's frame registers.

package runtime

// callFunctionSelf calls the Python function fn with self followed by the
// vectorcall arguments args/kwnames, as function_call(fn, [self]+args).
func callFunctionSelf(fn *Function, self Value, args []Value, kwnames []*Str) (Value, *Exception) {
	co := fn.code
	th := curThread
	if isGeneratorCode(co) {
		return newGeneratorFrame(fn, prepend(self, args), kwnames)
	}
	if th.depth >= th.recursionLimit {
		return Value{}, NewRecursionError("maximum recursion depth exceeded")
	}
	nf := th.pushFrame(co, th.top)
	clearRegs(nf.regs) // call13_regs.go
	if co.plainArgs && len(kwnames) == 0 && len(args)+1 == co.argcount {
		nf.regs[0] = self
		copyRegs(nf.regs[1:], args)
	} else if err := bindArgsSelf(fn, self, args, kwnames, nf.regs); err != nil {
		th.popFrame(nf)
		return Value{}, err
	}
	setupCells(nf, fn)
	nf.fn, nf.globals, nf.builtins = fn, fn.globals, fn.builtins
	th.depth++
	r, err := th.run(nf)
	th.depth--
	th.popFrame(nf)
	return r, err
}

// bindArgsSelf is bindArgs for the arguments [self]+args, assembled in a
// stack buffer when they are few.
func bindArgsSelf(fn *Function, self Value, args []Value, kwnames []*Str, regs []Value) *Exception {
	var buf [8]Value
	var all []Value
	if len(args) < len(buf) {
		all = buf[:len(args)+1]
		all[0] = self
		copy(all[1:], args)
	} else {
		all = prepend(self, args)
	}
	if len(kwnames) == 0 && bindExPlanned(fn, all, regs) { // call13_extuple.go
		return nil
	}
	return bindArgs(fn, all, kwnames, regs)
}

// callSelfFn is callFunctionSelf for the slot functions that static type
// initialization refers to (slot_tp_new), cutting the initialization cycle
// through the interpreter loop.
var callSelfFn func(fn *Function, self Value, args []Value, kwnames []*Str) (Value, *Exception)

func init() { callSelfFn = callFunctionSelf }

// callPythonDict is callPythonEx's path for f(*tuple, **dict) with a
// non-empty dict of str keys: it binds the keywords straight from the
// dict into the callee's registers (no flattened argument vector and
// keyword names). It returns nil when the general path must run: another
// shape of call, a generator, a pending eval breaker, or a binding error
// (which the general path then reports).
func (th *Thread) callPythonDict(f *frame, fn *Function, args, kw Value) *frame {
	co := fn.code
	if kw.IsNull() || kw.Type() != DictType || args.Type() != TupleType || isGeneratorCode(co) ||
		th.depth >= th.recursionLimit || evalBreaker.Load() != 0 {
		return nil
	}
	d := kw.AsDict()
	if d.Len() == 0 {
		return nil
	}
	nf := th.pushFrame(co, th.top)
	clearRegs(nf.regs)
	pos := args.AsTuple().items
	if !bindArgsDict(fn, pos, d, nf.regs) {
		th.popFrame(nf)
		return nil
	}
	if p := co.dictPlanOf(); p != nil && p.lend && p.npos == len(pos) && p.sameKeys(d) {
		nf.lend = p // bound by p (kw18_lend.go)
	}
	setupCells(nf, fn)
	th.enterFrame(nf, f, fn)
	return nf
}

// lendTuple returns a tuple header for a MethBorrowArgs builtin's *args
// (kept by the current frame, so nested calls from Python frames reuse
// theirs), or nil when the frame's is in use: a builtin called from Go
// inside another one's call then allocates as usual.
func (th *Thread) lendTuple() (*Tuple, *frame) {
	f := th.cur
	if f == nil || f.lentBusy {
		return nil, nil
	}
	if f.lent == nil {
		f.lent = &Tuple{Header: Header{TupleType}}
	}
	f.lentBusy = true
	return f.lent, f
}

// returnTuple takes back the tuple lendTuple gave f (nil is ignored).
func returnTuple(t *Tuple, f *frame) {
	if t == nil {
		return
	}
	t.items = nil
	f.lentBusy = false
}
