// This file defines the finalization of a generator that is collected
// while suspended: CPython closes it (_PyGen_Finalize), which runs its
// finally clauses and __exit__ methods and reports an error as
// unraisable.

package runtime

import (
	"runtime"
	"unsafe"
	"weak"
)

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

// finish marks g finished and releases what its frame held: only the
// locals stay, and only if a frame object can still show them (CPython's
// frame takes ownership of its locals); its finalizer, no longer needed,
// is removed so that cycles through g can be collected.
func (g *Generator) finish() {
	g.finished = true
	g.handled = nil
	f := &g.f
	if fo := f.obj; fo != nil && f.regs != nil {
		// The frame object takes the locals; the generator keeps nothing
		// (it may outlive the traceback that shows them).
		co := f.code
		n := min(len(co.varnames)+int(co.ncells)+len(co.c.Freevars), len(f.regs))
		fo.saved = append([]Value(nil), f.regs[:n]...)
		if fo.live == f || fo.genLive.Value() == f {
			fo.live, fo.genLive = nil, weak.Pointer[frame]{}
		}
		f.obj = nil
	}
	clear(f.regs) // the window may share the generator's allocation: drop what it holds
	f.regs = nil
	if g.finalizer {
		g.finalizer = false
		unregisterDel(ValueOf(g))
		if g.typ == AsyncGenType {
			delete(asyncGenFinalizers, genKey(g))
		} else if len(coroOrigins) > 0 {
			delete(coroOrigins, genKey(g))
		}
	}
}

// unregisterDel undoes registerDel.
func unregisterDel(v Value) {
	h := v.HeaderPtr()
	finalMu.Lock()
	delete(finalizable, uintptr(unsafe.Pointer(h)))
	finalMu.Unlock()
	runtime.SetFinalizer(h, nil)
}
