// This file defines the attributes of frame objects that debuggers use:
// f_trace, f_trace_lines, f_trace_opcodes, f_locals (the live values of
// the fast locals, written back after a trace function ran, as CPython's
// PyFrame_LocalsToFast), f_lineno and f_lasti of a running frame, and the
// assignment to f_lineno that jumps (frame_setlineno).

package runtime

import (
	"fmt"
	"slices"

	op "krait/compiler"
)

// liveFrame returns the interpreter frame fo belongs to while it runs.
func (fo *Frame) liveFrame() *frame {
	l := fo.live
	if l == nil {
		l = fo.genLive.Value()
	}
	if l != nil && l.obj == fo && l.code == fo.code && l.code != nil {
		return l
	}
	return nil
}

// fastToLocals refreshes fo's f_locals dict from its frame's registers.
func fastToLocals(fo *Frame) {
	f := fo.liveFrame()
	if f == nil || !f.locals.IsNull() {
		return
	}
	st := fo.traceState()
	if st.locals == nil {
		st.locals = NewDict()
	}
	d := st.locals
	co := f.code
	nv := len(co.varnames)
	for i, n := range co.varnames {
		if i < len(f.regs) && !f.regs[i].IsNull() {
			d.SetStr(n, f.regs[i])
		} else {
			d.DelStr(n)
		}
	}
	for i, n := range co.cellvars {
		var v Value
		if nv+i < len(f.regs) {
			if c, ok := f.regs[nv+i].TryCell(); ok {
				v = c.v
			}
		}
		if !v.IsNull() {
			d.SetStr(n, v)
		} else {
			d.DelStr(n)
		}
	}
}

// localsToFast writes fo's f_locals dict back into the registers: a name
// deleted from the dict becomes unbound.
func localsToFast(fo *Frame) {
	f := fo.liveFrame()
	if f == nil || !f.locals.IsNull() || fo.tr == nil || fo.tr.locals == nil {
		return
	}
	d := fo.tr.locals
	co := f.code
	nv := len(co.varnames)
	for i, n := range co.varnames {
		if i < len(f.regs) {
			v, _ := d.GetStr(n)
			f.regs[i] = v
		}
	}
	for i, n := range co.cellvars {
		if nv+i < len(f.regs) {
			if c, ok := f.regs[nv+i].TryCell(); ok {
				v, _ := d.GetStr(n)
				c.v = v
			}
		}
	}
}

// frame_getlocals is f_locals.
func frame_getlocals(v Value) (Value, *Exception) {
	fo := ptrOf[Frame](v)
	if f := fo.liveFrame(); f != nil {
		if !f.locals.IsNull() {
			return f.locals, nil
		}
		fastToLocals(fo)
		return fo.tr.locals.Value(), nil
	}
	if fo.saved != nil {
		return savedLocals(fo).Value(), nil
	}
	if fo.tr != nil && fo.tr.locals != nil {
		return fo.tr.locals.Value(), nil
	}
	return NewDict().Value(), nil
}

// frame_getlineno is f_lineno: the jump target while one is pending.
func frame_getlineno(v Value) (Value, *Exception) {
	fo := ptrOf[Frame](v)
	if f := fo.liveFrame(); f != nil {
		if st := fo.tr; st != nil && st.jumpTo >= 0 {
			return Int(int64(f.code.Line(st.jumpTo))), nil
		} else if st != nil && st.callLine != 0 {
			return Int(int64(st.callLine)), nil
		}
		if f.gen != nil && !f.gen.started { // at RETURN_GENERATOR, on the def line
			return Int(int64(f.code.c.FirstLineNo)), nil
		}
		return posInt(int32(f.code.Line(f.lasti))), nil // None without a line, as CPython
	}
	return posInt(int32(fo.lineNo())), nil
}

// frame_getlasti is f_lasti (a byte offset, as CPython's).
func frame_getlasti(v Value) (Value, *Exception) {
	fo := ptrOf[Frame](v)
	if f := fo.liveFrame(); f != nil {
		return Int(int64(f.code.cpyLasti(f.lasti))), nil
	}
	return Int(int64(fo.code.cpyLasti(fo.lasti))), nil
}

func frame_gettrace(v Value) (Value, *Exception) {
	if st := ptrOf[Frame](v).tr; st != nil && !st.trace.IsNull() {
		return st.trace, nil
	}
	return None, nil
}

func frame_settrace(v, x Value) *Exception {
	st := ptrOf[Frame](v).traceState()
	if x.IsNull() || x.IsNone() {
		st.trace = Value{}
	} else {
		st.trace = x
	}
	return nil
}

func frame_gettracelines(v Value) (Value, *Exception) {
	st := ptrOf[Frame](v).tr
	return Bool(st == nil || !st.noLines), nil
}

func frame_settracelines(v, x Value) *Exception {
	if x.IsNull() || x.Type() != BoolType {
		return NewTypeError("attribute value type must be bool")
	}
	ptrOf[Frame](v).traceState().noLines = x != True
	return nil
}

func frame_gettraceopcodes(v Value) (Value, *Exception) {
	st := ptrOf[Frame](v).tr
	return Bool(st != nil && st.opcodes), nil
}

func frame_settraceopcodes(v, x Value) *Exception {
	if x.IsNull() || x.Type() != BoolType {
		return NewTypeError("attribute value type must be bool")
	}
	ptrOf[Frame](v).traceState().opcodes = x == True
	return nil
}

// frame_setlineno is the assignment to f_lineno from a 'line' event of a
// trace function: the frame continues at the first instruction of that
// line, with CPython's errors for what cannot be jumped to.
func frame_setlineno(v, x Value) *Exception {
	fo := ptrOf[Frame](v)
	if x.IsNull() {
		return NewAttributeError("cannot delete attribute")
	}
	if x.Type() != IntType {
		return NewValueError("lineno must be an integer")
	}
	f := fo.liveFrame()
	tt := curThread.tr
	what := TraceCall // CPython's tstate->tracing_what starts at PyTrace_CALL
	if tt != nil {
		what = tt.what
	}
	switch {
	case what == TraceCall:
		return NewValueError("can't jump from the 'call' trace event of a new frame")
	case what == TraceReturn && f != nil && f.gen != nil && (f.yielded || fo.tr != nil && fo.tr.atYield):
	case what != TraceLine || f == nil:
		return NewValueError("can only jump from a 'line' trace event")
	}
	if fo.tr == nil || fo.tr.trace.IsNull() {
		return NewValueError("f_lineno can only be set by a trace function")
	}
	n, bg, _ := intValue(x)
	if bg != nil || n > 1<<31-1 || n < -1<<31 {
		return NewValueError("lineno out of range")
	}
	co := f.code
	if n < int64(co.c.FirstLineNo) {
		return NewValueError("line %d comes before the current code block", n)
	}
	ct := traceTableOf(co.instrs)
	if ct == nil {
		return NewValueError("f_lineno can only be set by a trace function")
	}
	if l, ok := cpyLineNotBefore(co, int(n)); !ok {
		return NewValueError("line %d comes after the current code block", n)
	} else if l > 0 {
		n = int64(l)
	}
	reach := traceReachable(co, ct)
	target, line := -1, int32(-1)
	for pc := 0; pc < len(ct.lines); pc++ {
		l := ct.lines[pc]
		if l >= int32(n) && (line < 0 || l < line) && ct.isStart(pc) && reach[pc] {
			line = l
		}
	}
	if line < 0 {
		if cpyHandlerLine(co, int(n)) { // compat11a_jump.go
			return NewValueError("can't jump into an 'except' block as there's no exception")
		}
		return NewValueError("line %d comes after the current code block", n)
	}
	const noBytecode = "cannot find bytecode for specified line"
	msg := noBytecode
	best := -1
	for pc := 0; pc < len(ct.lines); pc++ {
		if ct.lines[pc] != line || !ct.isStart(pc) || !reach[pc] || (pc > 0 && ct.lines[pc-1] == line) {
			continue
		}
		if m := jumpBlockError(co, ct, f.lasti, pc); m != "" {
			if msg == noBytecode { // the first refusal is reported, as CPython's
				msg = m
			}
			continue
		}
		// Of a line's copies (a finally body's normal and exceptional
		// ones), CPython takes the one with the deepest compatible stack:
		// the copy inside the handler the frame is in, keeping its
		// exception.
		d := handlerDepth(co, ct, f.lasti, pc)
		if d < 0 {
			if msg == noBytecode {
				msg = "can't jump into an 'except' block as there's no exception"
			}
			continue
		}
		if d > best {
			target, best = pc, d
		}
	}
	if target < 0 {
		return NewValueError("%s", msg)
	}
	fo.tr.jumpTo = target
	return nil
}

// handlerChain lists the except and finally handlers whose body holds pc,
// innermost first, by their cleanup code (POP_EXCEPT, ...): the chain of
// handlers that push lasti from pc out. A try body's own handler is no level: the chain goes
// on from the cleanup of its PUSH_EXC_INFO, which covers what encloses
// the try.
//
// A with statement's cleanup is a level too (CPython keeps the __exit__ on
// the stack); two with statements' levels match when their __exit__ is in
// the same register (see withsCompatible).
func handlerChain(co *Code, ct *codeTrace, pc int) []chainLevel {
	cover := func(p int) *op.ExcEntry { // the innermost entry covering p
		var in *op.ExcEntry
		for i := range co.c.ExcTable {
			e := &co.c.ExcTable[i]
			if int(e.Start) <= p && p < int(e.End) && (in == nil || e.End-e.Start < in.End-in.Start) {
				in = e
			}
		}
		return in
	}
	var chain []chainLevel
	withReg := -1
	for range len(co.c.ExcTable) + 1 {
		e := cover(pc)
		if e == nil {
			break
		}
		if !e.Lasti {
			if e = cover(int(e.Handler)); e == nil {
				break
			}
		} else if traceOpAt(co.instrs, int(e.Handler)) == op.POP_EXCEPT {
			chain = append(chain, chainLevel{e.Handler, withReg}) // not an except-as name's cleanup
		}
		withReg = -1
		if r, ok := withExitReg(ct, int(e.Handler)); ok {
			withReg = r
		}
		pc = int(e.Handler)
	}
	return chain
}

// chainLevel is one level of handlerChain: the handler's cleanup, and the
// register of the __exit__ of a with statement's (else -1).
type chainLevel struct {
	handler uint32
	withReg int
}

func (l chainLevel) matches(o chainLevel) bool {
	return l == o || l.withReg >= 0 && l.withReg == o.withReg
}

// handlerDepth is the number of handlers holding target when a jump from
// from may go there (CPython's compatible stacks: leaving handlers pops
// their exceptions, entering one has none to push), else -1.
func handlerDepth(co *Code, ct *codeTrace, from, target int) int {
	fc, tc := handlerChain(co, ct, from), handlerChain(co, ct, target)
	if len(tc) > len(fc) || !slices.EqualFunc(tc, fc[len(fc)-len(tc):], chainLevel.matches) {
		return -1
	}
	return len(tc)
}

// isStart reports whether pc is the first word of an instruction.
func (ct *codeTrace) isStart(pc int) bool { return ct.starts[pc] }

// jumpBlockError explains why a jump from pc to target is refused: Krait
// keeps a for loop's iterator and an except block's exception in
// registers, so a jump into a loop body or handler from outside it would
// run without them ("" when the jump is allowed).
func jumpBlockError(co *Code, ct *codeTrace, from, target int) string {
	// For loops: the body of a FOR_ITER ... FOR_LOOP pair.
	for pc := 0; pc < len(ct.ops); pc++ {
		if !ct.marked[pc] || ct.ops[pc] != op.FOR_LOOP {
			continue
		}
		body := int(op.Decode(ct.instrs, pc+1).B) // the loop's back-edge target
		if body > pc {
			continue
		}
		// The loop starts at its FOR_ITER, just before body (and its JUMP).
		lo := body - 1
		for lo > 0 && !(ct.marked[lo] && ct.ops[lo] == op.FOR_ITER) {
			lo--
		}
		in := func(p int) bool { return p > lo && p <= pc }
		if in(target) && !in(from) {
			return "can't jump into the body of a for loop"
		}
	}
	// Exception handlers: the code from a handler's PUSH_EXC_INFO to the
	// end of the handler's own protected range.
	for _, e := range co.c.ExcTable {
		h := int(e.Handler)
		if h >= len(ct.ops) || !ct.marked[h] || ct.ops[h] != op.PUSH_EXC_INFO {
			continue
		}
		end := h
		for _, e2 := range co.c.ExcTable {
			if int(e2.Start) == h && int(e2.End) > end {
				end = int(e2.End)
			}
		}
		in := func(p int) bool { return p >= h && p < end }
		if in(target) && !in(from) {
			return "can't jump into an 'except' block as there's no exception"
		}
	}
	return jumpStackError(co, ct, from, target)
}

// frameSaveLocals keeps the fast locals of a frame an exception leaves in
// its frame object, for post-mortem debuggers (f_locals of a traceback's
// frames); it costs one copy on the exception path only.
func frameSaveLocals(f *frame) {
	fo := f.obj
	if fo == nil || f.gen != nil || !f.locals.IsNull() {
		return
	}
	n := len(f.code.varnames) + len(f.code.cellvars)
	if n > len(f.regs) {
		n = len(f.regs)
	}
	fo.saved = append([]Value(nil), f.regs[:n]...)
}

// savedLocals builds the f_locals dict of a finished frame from saved.
func savedLocals(fo *Frame) *Dict {
	d := NewDict()
	co := fo.code
	nv := len(co.varnames)
	for i, v := range fo.saved {
		if i < nv {
			if !v.IsNull() {
				d.SetStr(co.varnames[i], v)
			}
		} else if c, ok := v.TryCell(); ok && !c.v.IsNull() && i-nv < len(co.cellvars) {
			d.SetStr(co.cellvars[i-nv], c.v)
		}
	}
	return d
}

// frame_clear is frame.clear(): an executing frame cannot be cleared; a
// suspended generator's frame closes the generator; a finished frame
// drops its locals.
func frame_clear(self Value, a []Value) (Value, *Exception) {
	fo := ptrOf[Frame](self)
	if f := fo.liveFrame(); f != nil {
		if f.gen == nil || f.gen.running {
			return Value{}, NewRuntimeError("cannot clear an executing frame")
		}
		if !f.gen.started && f.code.flags&op.CoCoroutine != 0 {
			// _PyGen_Finalize: a coroutine never started only warns, and
			// stays runnable.
			warnUnawaitedCoroutine(ValueOf(f.gen))
			return None, nil
		}
		if _, err := genClose(ValueOf(f.gen), nil); err != nil {
			return Value{}, err
		}
	}
	dropped := clearedDropCandidates(fo.saved) // compat19a_frameclear.go
	fo.saved = nil
	if fo.tr != nil {
		fo.tr.locals = nil
	}
	finalizeCleared(dropped)
	return None, nil
}

// frame_repr is "<frame at 0x..., file '...', line N, code name>".
func frame_repr(v Value) (Value, *Exception) {
	fo := ptrOf[Frame](v)
	line, _ := frame_getlineno(v)
	file, err := Repr(StrValue(fo.code.c.Filename))
	if err != nil {
		return Value{}, err
	}
	return StrValue(fmt.Sprintf("<frame at %#x, file %s, line %d, code %s>", v.Ptr(), file.S, line.SmallInt(), fo.code.name.S)), nil
}

// cpyLineNotBefore is the first line from n on that has code in co's
// CPython view (0 when co has no view), as CPython's f_lineno setter
// picks it; false if there is none. The view decides because CPython
// drops unreachable code (after a return in a finally block, after an
// endless loop) that Krait's own compiler keeps.
func cpyLineNotBefore(co *Code, n int) (int, bool) {
	cv := co.cpyView()
	if cv == nil {
		return 0, true
	}
	best := -1
	for _, r := range viewLineRanges(cv.cpy.LineTable, co.c.FirstLineNo) {
		if r.line >= n && (best < 0 || r.line < best) {
			best = r.line
		}
	}
	return best, best >= 0
}
