// This file defines what the interpreter does at an instrumented
// instruction (opTrace) and on the exception paths while tracing: it
// reports CPython 3.11's events — 'call' on entry and on each resumption,
// 'line' when the line changes or a jump goes backwards, 'return' on
// return and on each yield, 'exception', 'opcode', and the profile
// function's 'c_call'/'c_return'/'c_exception' around builtin calls.

package runtime

import (
	op "krait/compiler"
)

// frameTrace is the trace state of one frame activation, kept on its
// frame object.
type frameTrace struct {
	trace    Value // f_trace: the local trace function, or null
	noLines  bool  // f_trace_lines is False
	opcodes  bool  // f_trace_opcodes
	started  bool  // the 'call' event of this entry or resumption was reported
	prev     int   // start of the instruction executed before, or -1
	prevLoop bool  // that instruction was a FOR_LOOP (a rotated loop's test)
	lastLine int32 // line of the last instruction with a line
	skip     bool  // dispatch the next instruction without events (after a jump)
	jumpTo   int   // the instruction f_lineno moved the frame to, or -1
	pendingC Value // the builtin whose c_call was reported, until it returns
	locals   *Dict // f_locals of a function frame
	callLine int   // f_lineno during the 'call' event (CPython's RESUME line), or 0
	lineAt   int   // the instruction a RERAISE restored as f_lasti, or -1
	atYield  bool  // the 'return' event of a yield is being reported (f_lineno may jump)
}

// traceState returns fo's trace state, creating it for a new activation.
func (fo *Frame) traceState() *frameTrace {
	if fo.tr == nil {
		fo.tr = &frameTrace{prev: -1, lastLine: -2, jumpTo: -1, lineAt: -1}
	}
	return fo.tr
}

// traceEventStrs are the interned event names.
var traceEventStrs [len(traceEventNames)]Value

func init() {
	for i, s := range traceEventNames {
		traceEventStrs[i] = ValueOf(Intern(s))
	}
}

// traceDecode re-decodes the EXT-prefixed instruction at start with its
// original opcode o (the prefixes widen a wide operand differently).
func traceDecode(instrs []uint32, start, end int, o op.Opcode) (a, b, c, bx int) {
	var buf [8]uint32
	n := copy(buf[:], instrs[start:end])
	buf[n-1] = buf[n-1]&^0xff | uint32(o)
	in := op.Decode(buf[:n], 0)
	return int(in.A), int(in.B), int(in.C), int(in.B)
}

// traceStep reports the events due before the instruction of f starting
// at start (opcode word at) and returns its original opcode; jump >= 0 is
// where a trace function moved the frame by setting f_lineno.
func (th *Thread) traceStep(f *frame, start, at int) (orig op.Opcode, jump int, err *Exception) {
	ct := traceTableOf(f.code.instrs)
	orig, jump = ct.ops[at], -1
	tt := th.tr
	if tt == nil || tt.busy > 0 || !tt.active() {
		return orig, -1, nil
	}
	fo := frameObject(f)
	st := fo.traceState()
	st.lineAt = -1
	line := ct.lines[start]
	if st.skip {
		st.skip = false
		st.prev, st.prevLoop = start, orig == op.FOR_LOOP
		if line >= 0 {
			st.lastLine = line
		}
		return orig, -1, nil
	}
	if !st.started {
		st.started = true
		st.callLine = f.code.c.FirstLineNo
		if st.prev >= 0 {
			st.callLine = f.code.Line(st.prev)
		}
		err = th.traceCall(fo, st)
		st.callLine = 0
		if err != nil {
			return orig, -1, err
		}
		if st.jumpTo >= 0 && f.gen != nil {
			// f_lineno was set at the 'return' event of the yield the
			// generator is resuming from: it resumes there instead.
			jump, st.jumpTo = st.jumpTo, -1
			st.skip = true
			traceJumpFixup(th, f, ct, start, jump)
			return orig, jump, nil
		}
	}
	if !st.pendingC.IsNull() {
		c := st.pendingC
		st.pendingC = Value{}
		if err = th.profileEvent(fo, TraceCReturn, c); err != nil {
			return orig, -1, err
		}
	}
	if !tt.trace.IsNull() && !st.trace.IsNull() {
		back := start < st.prev && !st.prevLoop && orig != op.SEND
		if line >= 0 && !st.noLines && (line != st.lastLine || back || orig == op.FOR_LOOP) {
			if err = th.localTrace(fo, st, TraceLine, None); err != nil {
				return orig, -1, err
			}
			if st.jumpTo >= 0 {
				jump, st.jumpTo = st.jumpTo, -1
				st.skip = true
				traceJumpFixup(th, f, ct, start, jump)
				return orig, jump, nil
			}
		}
		if st.opcodes && !st.trace.IsNull() {
			if err = th.localTrace(fo, st, TraceOpcode, None); err != nil {
				return orig, -1, err
			}
		}
	}
	if line >= 0 {
		st.lastLine = line
	}
	st.prev, st.prevLoop = start, orig == op.FOR_LOOP
	return orig, -1, th.traceBefore(f, fo, st, ct, orig, start, at)
}

// traceBefore reports the events of the instruction itself: 'return' for
// a return or yield, 'c_call' for a call of a builtin.
func (th *Thread) traceBefore(f *frame, fo *Frame, st *frameTrace, ct *codeTrace, o op.Opcode, start, at int) *Exception {
	w := f.code.instrs[at]
	a := int(w>>8) & 0xff
	b := int(w>>16) & 0xff
	if start != at {
		a, b, _, _ = traceDecode(f.code.instrs, start, at+1, o)
	}
	regs := f.regs
	if ct.lines[start] < 0 {
		// An implicit return reports the line that ran before it.
		st.callLine = int(st.lastLine)
		defer func() { st.callLine = 0 }()
	}
	switch o {
	case op.RETURN:
		return th.traceReturn(fo, st, regs[a])
	case op.RETURN_CONST:
		bx := int(w >> 16)
		if start != at {
			_, bx, _, _ = traceDecode(f.code.instrs, start, at+1, o)
		}
		return th.traceReturn(fo, st, f.code.consts[bx])
	case op.YIELD_VALUE:
		st.started = false
		st.atYield = true
		err := th.traceReturn(fo, st, regs[b])
		st.atYield = false
		return err
	case op.CALL, op.CALL_KW, op.CALL_BUILTIN, op.CALL_EX:
		var first Value
		if b > 0 || o == op.CALL_EX {
			first = regs[a+1]
		}
		return th.traceCCall(fo, st, regs[a], first, o == op.CALL_EX)
	case op.CALL_METHOD, op.CALL_METHOD_KW, op.CALL_METHOD_DESCR:
		first := regs[a+1]
		if first.IsNull() && b > 0 {
			first = regs[a+2]
		}
		return th.traceCCall(fo, st, regs[a], first, false)
	}
	return nil
}

// traceCCall reports 'c_call' to the profile function when callee is a
// builtin function, or a method descriptor called with its receiver
// first (reported bound, as CPython's trace_call_function does).
func (th *Thread) traceCCall(fo *Frame, st *frameTrace, callee, first Value, ex bool) *Exception {
	tt := th.tr
	if tt.profile.IsNull() && tt.goProfile == nil {
		return nil
	}
	switch callee.Type() {
	case BuiltinFunctionType:
	case MethodDescriptorType:
		if ex || first.IsNull() {
			return nil
		}
		bound, err := methoddescr_get(callee, first, first.Type())
		if err != nil {
			return nil
		}
		callee = bound
	default:
		return nil
	}
	if err := th.profileEvent(fo, TraceCCall, callee); err != nil {
		return err
	}
	st.pendingC = callee
	return nil
}

// traceCall reports the 'call' event of a frame entry or resumption: to
// the global trace function (whose result becomes f_trace) and the
// profile function.
func (th *Thread) traceCall(fo *Frame, st *frameTrace) *Exception {
	tt := th.tr
	if fn := tt.trace; !fn.IsNull() {
		r, err := th.callHook(fn, fo, TraceCall, None)
		if err != nil {
			SetTrace(None)
			st.trace = Value{}
			return err
		}
		if !r.IsNone() {
			st.trace = r
		}
	}
	return th.profileEvent(fo, TraceCall, None)
}

// traceReturn reports 'return' with the value returned or yielded.
func (th *Thread) traceReturn(fo *Frame, st *frameTrace, v Value) *Exception {
	if !th.tr.trace.IsNull() && !st.trace.IsNull() {
		if err := th.localTrace(fo, st, TraceReturn, v); err != nil {
			return err
		}
	}
	return th.profileEvent(fo, TraceReturn, v)
}

// localTrace calls the frame's local trace function (trace_trampoline):
// a result other than None replaces it; an error turns tracing off.
func (th *Thread) localTrace(fo *Frame, st *frameTrace, what int, arg Value) *Exception {
	r, err := th.callHook(st.trace, fo, what, arg)
	if err != nil {
		SetTrace(None)
		st.trace = Value{}
		return err
	}
	if !r.IsNone() {
		st.trace = r
	}
	return nil
}

// profileEvent calls the profile function (profile_trampoline): an error
// turns profiling off.
func (th *Thread) profileEvent(fo *Frame, what int, arg Value) *Exception {
	tt := th.tr
	if hook := tt.goProfile; hook != nil {
		tt.busy++
		err := hook(fo, what, arg)
		tt.busy--
		if err != nil {
			SetProfile(None)
		}
		return err
	}
	if fn := tt.profile; !fn.IsNull() {
		if _, err := th.callHook(fn, fo, what, arg); err != nil {
			SetProfile(None)
			return err
		}
	}
	return nil
}

// callHook calls a Python hook as call_trampoline does: the frame's
// f_locals is brought up to date before, and written back to the fast
// locals after (PyFrame_LocalsToFast).
func (th *Thread) callHook(fn Value, fo *Frame, what int, arg Value) (Value, *Exception) {
	tt := th.tr
	tt.busy++
	old := tt.what
	tt.what = what
	if arg.IsNull() {
		arg = None
	}
	fastToLocals(fo)
	r, err := Call(fn, []Value{ValueOf(fo), traceEventStrs[what], arg}, nil)
	localsToFast(fo)
	tt.what = old
	tt.busy--
	return r, err
}

// traceException reports an exception raised in f: 'c_exception' for a
// builtin call in progress and 'exception' to the local trace function,
// whose error replaces err.
func (th *Thread) traceException(f *frame, err *Exception) *Exception {
	tt := th.tr
	if tt.busy > 0 || !tt.active() || f.obj == nil || f.obj.tr == nil {
		return err
	}
	fo := frameObject(f)
	st := fo.tr
	if c := st.pendingC; !c.IsNull() {
		st.pendingC = Value{}
		if e := th.profileEvent(fo, TraceCException, c); e != nil {
			return e
		}
	}
	if tt.trace.IsNull() || st.trace.IsNull() {
		return err
	}
	tb := None
	if err.Traceback != nil {
		tb = ValueOf(err.Traceback)
	}
	arg := TupleValue(err.Type().Value(), err.Value(), tb)
	if e := th.localTrace(fo, st, TraceException, arg); e != nil {
		return e
	}
	return err
}

// traceUnwind reports the 'return' event (with None) of a frame an
// exception leaves. An error of a hook replaces the exception leaving
// (CPython's call_trace_protected drops the one it saved); it is returned,
// or nil.
func (th *Thread) traceUnwind(f *frame) (err *Exception) {
	tt := th.tr
	if tt.busy > 0 || !tt.active() || f.obj == nil || f.obj.tr == nil || !f.obj.tr.started {
		return nil
	}
	fo := frameObject(f)
	st := fo.tr
	st.started = false
	if st.lineAt >= 0 {
		st.callLine = f.code.Line(st.lineAt)
		// frameObject took the cleanup's lasti: the frame keeps the
		// restored one once it ends, as frameReraiseLine set it.
		fo.lineno, fo.lasti, fo.lineLazy = st.callLine, st.lineAt, false
	}
	if !tt.trace.IsNull() && !st.trace.IsNull() {
		err = th.localTrace(fo, st, TraceReturn, None)
	}
	if e := th.profileEvent(fo, TraceReturn, None); e != nil {
		err = e
	}
	st.callLine, st.lineAt = 0, -1
	return err
}

// traceReraise notes the f_lasti a RERAISE restores (R[a+1]): CPython
// reports the line of the original raise when the exception leaves.
func (th *Thread) traceReraise(f *frame, lasti Value) {
	if f.obj == nil || f.obj.tr == nil || !lasti.IsSmallInt() {
		return
	}
	if n := int(lasti.SmallInt()); n >= 0 && n < len(f.code.instrs) {
		f.obj.tr.lineAt = n
	}
}

// traceThrow reports the resumption of a generator by throw() (CPython's
// TRACE_FUNCTION_THROW_ENTRY: 'call' at the yield) and the exception
// raised there.
func (th *Thread) traceThrow(f *frame, exc *Exception) *Exception {
	tt := th.tr
	if tt.busy > 0 || !tt.active() {
		return exc
	}
	traceInstrument(f.code)
	fo := frameObject(f)
	st := fo.traceState()
	if !st.started {
		st.started = true
		st.callLine = f.code.Line(f.lasti)
		err := th.traceCall(fo, st)
		st.callLine = 0
		if err != nil {
			return err
		}
	}
	return th.traceException(f, exc)
}
