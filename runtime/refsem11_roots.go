// This file reports to the heap walk the Python objects that the
// runtime's own Go registries hold (atexit callbacks, codec search
// functions and error handlers, audit hooks): the cycle pass of
// refsem11_cycles.go would otherwise find an object only they hold
// unreachable and run its __del__ while it is still in use.

package runtime

func init() {
	RegisterGCRoots(visitRuntimeRegistries)
}

// visitRuntimeRegistries visits what the runtime's registries hold.
func visitRuntimeRegistries(visit func(Value)) {
	for _, e := range exitFuncs {
		visit(e.fn)
		for _, a := range e.args {
			visit(a)
		}
	}
	codecRegistry.Lock()
	held := append([]Value(nil), codecRegistry.search...)
	for _, v := range codecRegistry.cache {
		held = append(held, v)
	}
	for _, v := range codecRegistry.handlers {
		held = append(held, v)
	}
	codecRegistry.Unlock()
	for _, v := range held {
		visit(v)
	}
	for _, h := range auditHooks {
		visit(h)
	}
}

// header returns h itself: through embedding, it lets the walk turn a
// native object held as an interface (a thread's contextvars Context)
// back into its Value.
func (h *Header) header() *Header { return h }
