// This file defines how async generators use sys.set_asyncgen_hooks: the
// first __anext__/asend/athrow/aclose calls the firstiter hook and keeps
// the finalizer hook, which is called in place of closing the generator
// when it is collected unfinished (asyncio schedules its aclose()).

package runtime

import "unsafe"

// asyncGenFinalizers holds the finalizer hook of each async generator
// that took one (CPython's ag_origin_or_finalizer), until it finishes or
// is finalized. The generator is in the finalizable table meanwhile; the
// key is its address, which keeps it from being collected no more than
// that table does.
var asyncGenFinalizers = map[uintptr]Value{}

func genKey(g *Generator) uintptr { return uintptr(unsafe.Pointer(g)) }

// async_gen_init_hooks runs the hooks the first time the async generator
// self is iterated, as CPython's async_gen_init_hooks.
func async_gen_init_hooks(self Value) *Exception {
	g := ptrOf[Generator](self)
	if g.hooksInited {
		return nil
	}
	g.hooksInited = true
	if fin := asyncgenFinalizer; !fin.IsNull() && !fin.IsNone() && !g.finished {
		asyncGenFinalizers[genKey(g)] = fin
		if !g.finalizer {
			g.finalizer = true
			registerDel(self)
		}
	}
	if first := asyncgenFirstiter; !first.IsNull() && !first.IsNone() {
		_, err := Call(first, []Value{self}, nil)
		return err
	}
	return nil
}

// asyncgen_finalize calls the finalizer hook of the collected async
// generator v if it has one and has not finished (_PyGen_Finalize).
func asyncgen_finalize(v Value) {
	g := ptrOf[Generator](v)
	fin, ok := asyncGenFinalizers[genKey(g)]
	if !ok {
		return
	}
	delete(asyncGenFinalizers, genKey(g))
	g.finalizer = false
	if g.finished {
		return
	}
	if _, err := Call(fin, []Value{v}, nil); err != nil {
		WriteUnraisable(err, "", v)
	}
}
