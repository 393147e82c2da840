// This file defines the resumption of generators and coroutines inside the
// running interpreter loop: FOR_ITER over a generator, SEND to a generator
// or coroutine and gen.send() called from Python link the generator's
// frame above the consumer's and continue the same loop there; its yield,
// return or escaping exception switches back to the consumer. This is
// Generator.resume without a Go call per item: the bookkeeping (gi_running,
// the exc_info stack, the recursion depth, PEP 479) is the same.

package runtime

// How a generator linked into the loop was resumed: what its consumer
// does with the value yielded or returned.
const (
	genViaGo       uint8 = iota // by Generator.resume: its frame is a loop entry
	genViaForIter               // FOR_ITER: a yield is the next item, a return ends the loop
	genViaForLoop               // FOR_LOOP: the same with the branch sense inverted
	genViaSend                  // SEND: a yield is passed on, a return finishes the yield from
	genViaSendCall              // gen.send(v): a yield is the call's result, a return raises StopIteration
)

// genEnter links g's frame above f and resumes it with v sent in (null
// for next), as Generator.resume would; reg is the consumer's register
// that receives the result. It returns nil, leaving g untouched, when g
// must go through resume instead: it is running or finished, a non-None
// value is sent to a fresh generator, or the recursion limit is reached
// (resume raises the right error for each).
func (th *Thread) genEnter(f *frame, g *Generator, v Value, via uint8, reg int) *frame {
	if g.running || g.finished || th.depth >= th.recursionLimit ||
		(!g.started && !v.IsNull() && !v.IsNone()) {
		return nil
	}
	gf := &g.f
	if g.started {
		gf.regs[g.sendReg] = nullToNone(v)
	}
	if g.fresh != freshNone {
		g.keepFresh(via)
	}
	g.started, g.running, g.via = true, true, via
	gf.retReg, gf.yielded, gf.entry, gf.back = reg, false, false, f
	th.depth++
	th.outerHandled = append(th.outerHandled, th.handled)
	th.handled = g.handled
	th.cur = gf
	if evalBreaker.Load() != 0 {
		traceEnter(gf.code)
	}
	return gf
}

// genLeave unlinks the generator frame gf (suspending or finishing) and
// returns its consumer, now the current frame.
func (th *Thread) genLeave(gf *frame) *frame {
	g := gf.gen
	g.handled = th.handled
	n := len(th.outerHandled) - 1
	th.handled = th.outerHandled[n]
	th.outerHandled[n] = nil
	th.outerHandled = th.outerHandled[:n]
	th.depth--
	g.running = false
	f := gf.back
	// A suspended frame has no f_back; a link kept to the consumer would
	// make a cycle (coroutine -> awaited generator -> coroutine's frame)
	// through an object with a finalizer, which Go never collects.
	gf.back = nil
	th.cur = f
	return f
}

// genYield switches from the generator frame gf, which has just yielded v
// (YIELD_VALUE saved its state), back to its consumer, positioned after
// the resuming instruction.
func (th *Thread) genYield(gf *frame, v Value) *frame {
	f, via, reg := th.genYieldOne(gf, v)
	if via == genViaSend {
		f = th.yieldThrough(f, v, reg) // gen13_yieldchain.go
	}
	return f
}

// genYieldOne is genYield without passing v on through a chain of yield
// from: it also returns how the consumer resumed gf and its register.
func (th *Thread) genYieldOne(gf *frame, v Value) (*frame, uint8, int) {
	g := gf.gen
	f := th.genLeave(gf)
	if !g.finalizer && len(gf.code.c.ExcTable) != 0 { // no handler anywhere: nothing to close
		g.noteSuspended()
	}
	reg := gf.retReg
	switch g.via {
	case genViaForIter, genViaSend:
		f.regs[reg] = v
		f.pc += jumpLen(f.code.instrs, f.pc)
	case genViaForLoop:
		f.regs[reg] = v
		f.pc = jumpTarget(f.code.instrs, f.pc)
	case genViaSendCall:
		// Drop the receiver as the call would.
		f.regs[reg], f.regs[reg+1] = v, Value{}
	}
	via := g.via
	g.via = genViaGo
	return f, via, reg
}

// genReturn finishes the generator frame gf, which returned r, and
// returns its consumer positioned after the resuming instruction; err is
// the StopIteration a gen.send() call raises there.
func (th *Thread) genReturn(gf *frame, r Value) (*frame, *Exception) {
	g := gf.gen
	f := th.genLeave(gf)
	via := g.via
	g.via = genViaGo
	if g.fresh == freshNone || th.tr != nil || !recycleFresh(gf, f) {
		g.finish()
	}
	switch via {
	case genViaForIter, genViaForLoop:
		if via == genViaForIter {
			f.pc = jumpTarget(f.code.instrs, f.pc)
		} else {
			f.pc += jumpLen(f.code.instrs, f.pc)
		}
		if th.tr != nil && !r.IsNone() {
			// The StopIteration(r) 3.11's FOR_ITER reports while tracing.
			return f, th.traceSendStop(f, ValueOf(g), Value{}, r)
		}
	case genViaSend:
		f.regs[gf.retReg] = nullToNone(r)
		f.pc = jumpTarget(f.code.instrs, f.pc)
	case genViaSendCall:
		if r.IsNone() {
			r = Value{}
		}
		return f, NewStopIteration(r)
	}
	return f, nil
}

// genUnwind finishes the generator frame gf, out of which err escaped,
// and returns its consumer with the exception to raise there: err, or the
// RuntimeError replacing a StopIteration (PEP 479).
func (th *Thread) genUnwind(gf *frame, err *Exception) (*frame, *Exception) {
	g := gf.gen
	f := th.genLeave(gf)
	g.via = genViaGo
	pend := takeFreshIters(gf.regs) // compat20_freshiter.go
	g.finish()
	closeFreshIters(pend)
	if err.Matches(StopIterationType) {
		e := NewRuntimeError("%s raised StopIteration", g.kind())
		e.Cause, e.Context, e.SuppressContext = err, err, true
		e.chained = true
		err = e
	}
	return f, err
}

// genPanicked undoes the bookkeeping of the generator frame gf, linked
// into a loop that a Go panic is unwinding (run's recovery).
func (th *Thread) genPanicked(gf *frame) {
	g := gf.gen
	th.genLeave(gf)
	g.via = genViaGo
	g.finished = true
}

// isGenSend reports whether d is the send method of generators or
// coroutines, which CALL_METHOD_DESCR runs as a resumption in the loop.
func isGenSend(d *MethodDescr) bool {
	return (d.owner == GeneratorType || d.owner == CoroutineType) && d.m.Name == "send"
}

// traceSendStop reports the 'exception' event CPython 3.11's SEND reports
// while tracing when the iterator it sends to finishes with r: the
// StopIteration a send() method or a __next__ raises (a generator's
// tp_iternext sets one only for a value other than None; builtin
// iterators none).
func (th *Thread) traceSendStop(f *frame, it, sent, r Value) *Exception {
	if !th.tr.active() {
		return nil
	}
	t := it.Type()
	switch {
	case t == CoroutineType || (!sent.IsNull() && !sent.IsNone()):
	case t == asyncGenSendType || t == asyncGenThrowType:
		// Their tp_iternext raises StopIteration(value) when done.
	case t == GeneratorType:
		if r.IsNull() || r.IsNone() {
			return nil
		}
	case t.Flags&FlagHeapType == 0:
		return nil
	}
	if r.IsNone() {
		r = Value{}
	}
	e := NewStopIteration(r)
	if te := th.traceException(f, e); te != e {
		return te
	}
	return nil
}
