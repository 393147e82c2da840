// This file defines the finalization of a generator that is collected
// while suspended: CPython closes it (_PyGen_Finalize), which runs its
// finally clauses and __exit__ methods and reports an error as
// unraisable.

package runtime

// noteSuspended gives g a finalizer the first time it suspends inside a
// try, with or except block: only there can closing it run code. Others
// are left without one, which keeps the common generator cheap (and Go
// never collects cycles through objects with finalizers).
func (g *Generator) noteSuspended() {
	if g.typ != GeneratorType {
		return
	}
	if _, ok := g.f.code.c.HandlerAt(g.f.lasti); ok {
		g.finalizer = true
		registerDel(ValueOf(g))
	}
}

// gen_finalize closes the collected generator v.
func gen_finalize(v Value) {
	g := ptrOf[Generator](v)
	if !g.started || g.finished || g.running {
		return
	}
	m, err := GetAttrString(v, "close")
	if err == nil {
		_, err = Call(m, nil, nil)
	}
	if err != nil {
		WriteUnraisable(err, "", v)
	}
}
