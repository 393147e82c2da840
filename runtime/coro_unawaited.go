// This file defines the "coroutine ... was never awaited" RuntimeWarning:
// CPython's _PyGen_Finalize issues it when a coroutine that never started
// is destroyed. A new coroutine gets a finalizer (finish removes it when
// the coroutine completes); collected unstarted it warns, collected while
// suspended it is closed as a generator is (gen_finalize.go).

package runtime

import "strings"

// noteUnawaited gives the new coroutine g its finalizer, or queues g to
// get it later (see unawaitedQueue).
func (g *Generator) noteUnawaited() {
	if f := curThread.cur; f != nil && f.code != nil {
		g.site = &frameSite{code: f.code, lasti: f.lasti, globals: f.globals}
	}
	if coroOriginDepth > 0 {
		// cr_origin is keyed by address until the finalizer runs.
		g.finalizer = true
		registerDel(ValueOf(g))
		return
	}
	finalMu.Lock()
	finalSeq++
	seq := finalSeq
	finalMu.Unlock()
	if len(unawaitedQueue) == cap(unawaitedQueue) {
		flushUnawaited()
	}
	g.queued = true
	unawaitedQueue = append(unawaitedQueue, queuedCoro{g, seq})
}

// unawaitedQueue holds the newest coroutines created by calls, whose
// finalizer (the never-awaited warning, or closing one collected while
// suspended) is registered only when the queue is flushed: most
// coroutines are awaited or run to completion at once (a scheduler's
// send() loop), and registering a finalizer and removing it when the
// coroutine finishes cost more than the rest of its life. The queue holds
// its coroutines strongly, so none is collected while queued; it is
// flushed when full, by gc.collect() and at exit. It is touched only by
// the thread holding the GIL.
var unawaitedQueue = make([]queuedCoro, 0, 64)

// queuedCoro is a coroutine in unawaitedQueue and the finalizer sequence
// number it took when created (at-exit finalization runs in that order).
type queuedCoro struct {
	g   *Generator
	seq uint64
}

// flushUnawaited registers the finalizer of each queued coroutine that
// has not finished, and empties the queue.
func flushUnawaited() {
	for i, q := range unawaitedQueue {
		g := q.g
		unawaitedQueue[i] = queuedCoro{}
		g.queued = false
		if !g.finished && !g.finalizer {
			g.finalizer = true
			registerDelSeq(ValueOf(g), q.seq)
		}
	}
	unawaitedQueue = unawaitedQueue[:0]
}

// frameSite is a code position: where a coroutine was created. CPython
// warns of a coroutine never awaited when its last reference goes, which
// for the usual forgotten "await" is the line that created it; Krait warns
// when the collector finds it, so it attributes the warning to that line.
type frameSite struct {
	code    *Code
	lasti   int
	globals *Dict
}

// warnUnawaitedAtSite issues the never-awaited warning of the coroutine v
// at its creation site, as warnings.warn from that frame would; false if
// it could not be issued that way.
func warnUnawaitedAtSite(v Value) bool {
	g := ptrOf[Generator](v)
	s := g.site
	if s == nil || s.globals == nil || !unawaitedHookIsStock() {
		return false
	}
	fn, err := warnExplicitFunc()
	if err != nil {
		return false
	}
	name := "?"
	if q, e := StrOf(g.qualname); e == nil {
		name = q.S
	}
	module, ok := s.globals.GetStr(Intern("__name__"))
	if !ok {
		module = StrValue("sys")
	}
	reg, ok := s.globals.GetStr(Intern("__warningregistry__"))
	if !ok {
		reg = NewDict().Value()
		s.globals.SetStr(Intern("__warningregistry__"), reg)
	}
	msg := StrValue("coroutine '" + name + "' was never awaited")
	args := []Value{msg, exceptionTypeByName["RuntimeWarning"].Value(), StrValue(s.code.c.Filename), Int(int64(s.code.Line(s.lasti))), module, reg}
	_, err = Call(fn, append(args, v), []*Str{Intern("source")})
	if err != nil {
		WriteUnraisable(err, "", v)
	}
	return true
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
	if _, tracked := coroOrigins[genKey(ptrOf[Generator](v))]; !tracked && warnUnawaitedAtSite(v) {
		return
	}
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

// unawaitedHookIsStock reports whether warnings._warn_unawaited_coroutine
// is still warnings.py's own function (a program may replace it, and then
// it must be the one called).
func unawaitedHookIsStock() bool {
	w, err := ImportModule("warnings")
	if err != nil {
		return false
	}
	fn, err := GetAttrString(w, "_warn_unawaited_coroutine")
	if err != nil {
		return false
	}
	f, ok := tryFunction(fn)
	return ok && f.code.name.S == "_warn_unawaited_coroutine" && strings.HasSuffix(f.code.c.Filename, "warnings.py")
}
