// This file defines the "coroutine ... was never awaited" RuntimeWarning:
// CPython's _PyGen_Finalize issues it when a coroutine that never started
// is destroyed. A new coroutine gets a finalizer (finish removes it when
// the coroutine completes); collected unstarted it warns, collected while
// suspended it is closed as a generator is (gen_finalize.go).

package runtime

// noteUnawaited gives the new coroutine g its finalizer.
func (g *Generator) noteUnawaited() {
	g.finalizer = true
	registerDel(ValueOf(g))
}

// coro_finalize finalizes the collected coroutine v.
func coro_finalize(v Value) {
	g := ptrOf[Generator](v)
	if g.started || g.finished {
		gen_finalize(v)
		return
	}
	warnUnawaitedCoroutine(v)
	if len(coroOrigins) > 0 {
		delete(coroOrigins, genKey(g))
	}
}

// warnUnawaitedCoroutine is _PyErr_WarnUnawaitedCoroutine: the warnings
// module's _warn_unawaited_coroutine (which adds the origin when
// sys.set_coroutine_origin_tracking_depth asks for it); if that fails
// other than by a RuntimeWarning made an error, the error is reported as
// unraisable and a plain RuntimeWarning issued.
func warnUnawaitedCoroutine(v Value) {
	warned := false
	if w, e := ImportModule("warnings"); e == nil {
		if fn, e := GetAttrString(w, "_warn_unawaited_coroutine"); e == nil {
			_, err := Call(fn, []Value{v}, nil)
			warned = err == nil || err.Matches(exceptionTypeByName["RuntimeWarning"])
			if err != nil {
				WriteUnraisable(err, "", v)
			}
		}
	}
	if warned {
		return
	}
	name := "?"
	if q, e := StrOf(ptrOf[Generator](v).qualname); e == nil {
		name = q.S
	}
	if err := Warn(exceptionTypeByName["RuntimeWarning"], "coroutine '"+name+"' was never awaited", 1); err != nil {
		WriteUnraisable(err, "", v)
	}
}
