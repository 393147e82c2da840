package runtime

// This file closes at once the generators that only a dropped register
// referred to. CPython frees a generator when its last reference goes and
// closes it then if it is suspended in a try block, so its finally
// clause runs before the next statement. Krait's general path for that
// (promptFinalize) runs a Go collection to learn that nothing else holds
// the generator, and its time budget runs out in long programs: lib2to3's
// pattern matcher leaves `for c, r in generate_matches(...)` loops by
// `return` thousands of times, and its generators, closed by a later
// collection instead, restored a stale sys.stderr in their finally
// clauses in the middle of another test.
//
// The registers here need no collection: a generator marked freshFor (or
// freshAwait) was made by a direct call of a generator function and only
// its consumer's register refers to it (perfobj_corecycle.go; the mark is
// cleared whenever it could have been handed out). Two places drop such a
// register: a for loop left by break or return (DELETE_FAST with c = 2,
// compiler/compat19a_dropiter.go), and a generator frame an exception
// leaves (its for loops' iterators). A dropped generator with no try
// block around its suspension point has no finalizer, but CPython frees
// its frame, and the generators that frame iterates in turn: those are
// dropped the same way.

// isFreshIter reports whether v is a suspended generator that only one
// consumer register refers to.
func isFreshIter(v Value) bool {
	if v.p == nil || v.IsSmallInt() || v.IsFloat() || v.Type() != GeneratorType {
		return false
	}
	g := ptrOf[Generator](v)
	return g.fresh != freshNone && g.started && !g.finished && !g.running
}

// closeFreshIter finalizes v, a generator isFreshIter accepted whose
// register was just dropped: it is closed if suspended in a try block;
// otherwise the fresh generators its frame holds are dropped in turn.
func closeFreshIter(v Value) {
	g := ptrOf[Generator](v)
	g.fresh = freshNone
	if g.finalizer {
		gen_finalize(v)
		return
	}
	closeFreshIters(takeFreshIters(g.f.regs))
}

// takeFreshIters returns the generators in regs that isFreshIter accepts,
// nil (without allocating) when there are none. The caller drops regs
// before closing them, as CPython's frame releases its stack first.
func takeFreshIters(regs []Value) []Value {
	var out []Value
	for _, v := range regs {
		if isFreshIter(v) {
			out = append(out, v)
		}
	}
	return out
}

// closeFreshIters closes the generators takeFreshIters returned.
func closeFreshIters(gens []Value) {
	for _, v := range gens {
		if isFreshIter(v) { // closing an earlier one may have run code
			closeFreshIter(v)
		}
	}
}
