// This file defines sys.settrace and sys.setprofile: the per-thread trace
// and profile functions, and the instrumentation that makes the
// interpreter report events only while one of them is set. Tracing costs
// nothing when off: turning it on rewrites the opcode of every instruction
// of the code objects that run into opTrace (in place, so frames already
// running see it at their next instruction), and the loop's opTrace case
// reports the events and then dispatches the saved original opcode.
// Turning the last hook off restores the opcodes.

package runtime

import (
	op "krait/compiler"
)

// opTrace is the opcode of an instrumented instruction: the original
// opcode is in the code's traceTable. It is outside OpTable (which the
// compiler never emits past), so it can never collide with a real one.
const opTrace = op.Opcode(255)

// breakTrace is the eval-breaker bit that stays set while any thread has a
// trace or profile function: the checks the loop already makes at calls
// then instrument the code of the frames being entered.
const breakTrace uint32 = 1 << 8

// The trace event kinds, in CPython's PyTrace_* order.
const (
	TraceCall = iota
	TraceException
	TraceLine
	TraceReturn
	TraceCCall
	TraceCException
	TraceCReturn
	TraceOpcode
)

// traceEventNames are the event strings passed to Python hooks.
var traceEventNames = [...]string{"call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"}

// ProfileHook is a profile function written in Go (cProfile's _lsprof):
// it receives the frame, the event (TraceCall...) and its argument.
type ProfileHook func(f *Frame, event int, arg Value) *Exception

// threadTrace is a thread's trace and profile state (tstate->c_tracefunc,
// c_profilefunc and tracing in CPython).
type threadTrace struct {
	trace     Value       // the sys.settrace function, or null
	profile   Value       // the sys.setprofile function (or the Go hook's owner), or null
	goProfile ProfileHook // a Go profile function, or nil
	busy      int         // >0 while a hook runs: no events then
	what      int         // the event being reported (for f_lineno's checks)
	// installing marks the hook kinds being replaced (compat14_drop.go).
	installing int
}

// active reports whether t has a hook set.
func (t *threadTrace) active() bool {
	return t != nil && (!t.trace.IsNull() || !t.profile.IsNull() || t.goProfile != nil)
}

// traceThreads counts the threads with a hook set: while it is nonzero,
// breakTrace is set and running code is instrumented.
var traceThreads int

// codeTrace is the instrumentation of one instruction array.
type codeTrace struct {
	instrs []uint32
	ops    []op.Opcode // original opcode of each instrumented word
	marked []bool      // the words rewritten to opTrace
	starts []bool      // the first words of instructions
	lines  []int32     // line of each word for line events (-1: none)
}

// traceTables maps the first word of an instrumented instruction array to
// its table; keying on the array lets code objects sharing one find it.
var traceTables = map[*uint32]*codeTrace{}

// traceTableOf returns the table of instrs (which must be instrumented).
func traceTableOf(instrs []uint32) *codeTrace {
	return traceTables[&instrs[0]]
}

// traceInstrument rewrites every instruction of co to opTrace, unless it
// is instrumented already.
func traceInstrument(co *Code) {
	co.load() // lazy14_code.go
	instrs := co.instrs
	if len(instrs) == 0 || traceTables[&instrs[0]] != nil {
		return
	}
	ct := &codeTrace{instrs: instrs, ops: make([]op.Opcode, len(instrs)),
		marked: make([]bool, len(instrs)), lines: make([]int32, len(instrs)), starts: make([]bool, len(instrs))}
	pos := co.c.Positions()
	for pc := 0; pc < len(instrs); {
		in := op.Decode(instrs, pc)
		at := pc + in.Len - 1
		line := int32(-1)
		if at < len(pos) {
			p := pos[at]
			line = p.Line
			// A structural jump spanning a whole compound statement (the
			// jump over a try's handlers) is not a line of its own.
			if in.Op == op.JUMP && p.EndLine != p.Line {
				line = -1
			}
		}
		for i := pc; i <= at; i++ {
			ct.lines[i] = line
		}
		ct.ops[at] = in.Op
		ct.marked[at] = true
		ct.starts[pc] = true
		instrs[at] = instrs[at]&^0xff | uint32(opTrace)
		pc += in.Len
		if int(in.Op) < len(op.OpTable) && op.OpTable[in.Op].Branch() && pc < len(instrs) {
			pc += jumpLen(instrs, pc)
		}
	}
	traceTables[&instrs[0]] = ct
}

// traceUninstrumentAll restores the original opcodes of every
// instrumented array (keeping what quickening changed meanwhile).
func traceUninstrumentAll() {
	for k, ct := range traceTables {
		for i, m := range ct.marked {
			if m {
				ct.instrs[i] = ct.instrs[i]&^0xff | uint32(ct.ops[i])
			}
		}
		delete(traceTables, k)
	}
}

// traceSetOp is quickening's write of opcode to at pc of an instrumented
// array: the instruction stays instrumented and runs as to.
func traceSetOp(instrs []uint32, pc int, to op.Opcode) {
	if ct := traceTableOf(instrs); ct != nil {
		ct.ops[pc] = to
	}
}

// traceOpAt returns the opcode of the word at pc, looking through the
// instrumentation.
func traceOpAt(instrs []uint32, pc int) op.Opcode {
	o := op.Opcode(instrs[pc])
	if o == opTrace {
		if ct := traceTableOf(instrs); ct != nil {
			return ct.ops[pc]
		}
	}
	return o
}

// traceEnter instruments the code of a frame about to run, while tracing
// is on anywhere (called where the loop already checks the eval breaker).
func traceEnter(co *Code) {
	if evalBreaker.Load()&breakTrace != 0 {
		traceInstrument(co)
	}
}

// setThreadHooks installs th's hooks and turns instrumentation on or off
// as the count of tracing threads changes.
func setThreadHooks(th *Thread, trace, profile Value, hook ProfileHook) {
	was := th.tr.active()
	if th.tr == nil {
		th.tr = &threadTrace{}
	}
	th.tr.trace, th.tr.profile, th.tr.goProfile = trace, profile, hook
	now := th.tr.active()
	switch {
	case now && !was:
		traceThreads++
		traceEpoch++
		evalBreaker.Or(breakTrace)
	case was && !now:
		traceThreads--
		if traceThreads == 0 {
			evalBreaker.And(^breakTrace)
			traceUninstrumentAll()
		}
	}
	if now {
		traceAdoptStack(th, !was)
	}
}

// traceAdoptStack instruments the code of the frames already running on
// th and marks them as entered, so they report lines (if given f_trace)
// and returns but no call.
//
// restart says tracing was off until now: a frame traced before then has
// run on untraced, so its last line is where it is now (the next line it
// reaches gets a 'line' event, even the one it stopped tracing at).
func traceAdoptStack(th *Thread, restart bool) {
	for f := th.cur; f != nil; f = f.back {
		if f.code == nil {
			continue
		}
		traceInstrument(f.code)
		st := frameObject(f).traceState()
		st.pendingC = Value{} // a c_call reported before hooks were last removed
		if !st.started || restart {
			st.started = true
			st.prev = f.lasti
			st.lastLine = int32(f.code.Line(f.lasti))
		}
	}
}

// SetTrace is sys.settrace(fn) for the current thread (None clears it).
func SetTrace(fn Value) {
	th := curThread
	var p Value
	var hook ProfileHook
	if th.tr != nil {
		p, hook = th.tr.profile, th.tr.goProfile
	}
	if fn.IsNone() {
		fn = Value{}
	}
	setThreadHooks(th, fn, p, hook)
}

// SetProfile is sys.setprofile(fn) for the current thread (None clears it).
func SetProfile(fn Value) {
	th := curThread
	var t Value
	if th.tr != nil {
		t = th.tr.trace
	}
	if fn.IsNone() {
		fn = Value{}
	}
	setThreadHooks(th, t, fn, nil)
}

// SetProfileHook installs a Go profile function for the current thread;
// owner is what sys.getprofile() returns. A nil hook clears it.
func SetProfileHook(hook ProfileHook, owner Value) {
	th := curThread
	var t Value
	if th.tr != nil {
		t = th.tr.trace
	}
	if hook == nil {
		owner = Value{}
	}
	setThreadHooks(th, t, owner, hook)
}

// GetTrace is sys.gettrace().
func GetTrace() Value {
	if tr := curThread.tr; tr != nil && !tr.trace.IsNull() {
		return tr.trace
	}
	return None
}

// GetProfile is sys.getprofile().
func GetProfile() Value {
	if tr := curThread.tr; tr != nil && !tr.profile.IsNull() {
		return tr.profile
	}
	return None
}

// callTracing is sys.call_tracing(func, args): the call runs with events
// reported even from inside a hook.
func callTracing(fn, args Value) (Value, *Exception) {
	t, ok := args.TryTuple()
	if !ok {
		return Value{}, NewTypeError("call_tracing(): argument 2 must be tuple, not %s", args.Type().Name)
	}
	th := curThread
	busy := 0
	if th.tr != nil {
		busy, th.tr.busy = th.tr.busy, 0
	}
	r, err := Call(fn, t.items, nil)
	if th.tr != nil {
		th.tr.busy = busy
	}
	return r, err
}
