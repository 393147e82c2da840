// This file finalizes promptly what frame.clear() releases. CPython frees
// a finished frame's locals when clear() drops them, so a coroutine that
// was only a local of a frame an exception left (`loop.run_until_complete(
// coro())` raising before it wraps the coroutine) warns "coroutine ...
// was never awaited" at once: unittest's assertRaises clears the frames
// of the traceback it caught (traceback.clear_frames), and tests such as
// assertWarns(RuntimeWarning) around it expect the warning inside the
// block. Krait finds the dropped values with one prompt collection, as
// `del name` does (refsem11_prompt.go).

package runtime

// clearedDropCandidates returns the values of saved whose death may run
// code or kill a weak reference. A new coroutine still in the unawaited
// queue has no finalizer yet, and the queue holds it: the queue is
// flushed first so that the collection can find it dead.
func clearedDropCandidates(saved []Value) []Value {
	var out []Value
	for _, v := range saved {
		if v.IsNull() || !dropWatched(v) {
			continue
		}
		if isGenType(v.Type()) && ptrOf[Generator](v).queued {
			flushUnawaited()
		}
		if mayDieObservably(v) {
			out = append(out, v)
		}
	}
	return out
}

// delRunDepth counts the gc.collect() calls and background finalizer
// batches running (finalizer.go); the GIL guards it. A prompt
// finalization's own finalizers do not count: closing a generator there
// closes the generators of its loops at once, as in CPython.
var delRunDepth int

// runDueDelsBatch runs the finalizers a background Go collection made due.
func runDueDelsBatch() {
	delRunDepth++
	defer func() { delRunDepth-- }()
	runDueDels()
}

// isGenType reports whether t is one of the generator types.
func isGenType(t *Type) bool {
	return t == GeneratorType || t == CoroutineType || t == AsyncGenType
}

// finalizeCleared finalizes each value frame.clear() dropped, if nothing
// else holds it. vals is cleared as it goes, so that it holds none of
// them during its collection.
func finalizeCleared(vals []Value) {
	if delRunDepth > 0 {
		// gc.collect or the background finalizers running, which may
		// close many generators: a collection per generator they drop
		// would cost one each; gc.collect's next round (or the next
		// collection) finds them.
		return
	}
	for i := range vals {
		v := vals[i]
		vals[i] = Value{}
		promptFinalize(v)
	}
}

// unwoundGens returns the suspended generators with finalizers among regs,
// temporaries that an exception unwinding is about to drop: CPython pops
// its value stack as the exception passes, so a for loop's generator the
// exception leaves is closed before the handler runs (or before the
// caller sees the exception), its finally clauses first. The caller clears
// regs, then gives the result to finalizeCleared. nil when there are none,
// which is the common case and allocates nothing.
func unwoundGens(regs []Value) []Value {
	var out []Value
	for _, v := range regs {
		if !v.IsNull() && dropWatched(v) && isGenType(v.Type()) && mayFinalize(v) {
			out = append(out, v)
		}
	}
	return out
}

// dropFrameTemps finalizes the suspended generators the temporaries of f
// hold as an exception leaves f, after clearing their registers.
func dropFrameTemps(f *frame) {
	co := f.code
	n := len(co.varnames) + int(co.ncells) + len(co.c.Freevars)
	if n >= len(f.regs) {
		return
	}
	gens := unwoundGens(f.regs[n:])
	if gens == nil {
		return
	}
	for i := n; i < len(f.regs); i++ {
		if !f.regs[i].IsNull() && isGenType(f.regs[i].Type()) {
			f.regs[i] = Value{}
		}
	}
	finalizeCleared(gens)
}

// dropUnwoundGens finalizes the suspended generators held in f's registers
// from index from on, which an exception thrown into f's generator left
// for a handler of f: they are dead temporaries of the try body. (The
// handler's own registers, below from, are kept; the body's other dead
// temporaries are left to be overwritten, as before.)
func dropUnwoundGens(f *frame, from int) {
	if from >= len(f.regs) {
		return
	}
	gens := unwoundGens(f.regs[from:])
	if gens == nil {
		return
	}
	for i := from; i < len(f.regs); i++ {
		if !f.regs[i].IsNull() && isGenType(f.regs[i].Type()) {
			f.regs[i] = Value{}
		}
	}
	finalizeCleared(gens)
}
