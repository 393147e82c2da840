// This file defines a Go BaseEventLoop._run_once, installed on the class
// once base_events is loaded (loadSoonRefs). The event loop spends a
// third of an asyncio program's interpreted bytecode in _run_once and
// events.Handle._run: the timer-heap upkeep, the select call and a loop
// over the ready handles that pops each, tests two attributes and calls
// its _run, whose frame calls Context.run. Here the same steps run as
// Go: every attribute, global (heapq, logger, the tuning constants) and
// method is looked up at the moment base_events would look it up, so
// patched instances and globals behave as in CPython. A handle whose
// callback is a native task step or wakeup, on an events.Handle whose
// _run is unchanged, is run without the _run frame; every other handle
// runs its own _run.

package asyncio

import (
	"os"

	"krait/runtime"
)

var runOnceRefs struct {
	be        value // asyncio.base_events
	handleRun value // events.Handle._run as defined
	// timerHandle is events.TimerHandle, which inherits that _run.
	timerHandle *runtime.Type
	runLine     int // line of its Context.run call, for tracebacks
	eventsPy    string
}

var (
	strScheduled   = runtime.Intern("_scheduled")
	strCancelCount = runtime.Intern("_timer_cancelled_count")
	strWhen        = runtime.Intern("_when")
	strStopping    = runtime.Intern("_stopping")
	strSelector    = runtime.Intern("_selector")
	strSelect      = runtime.Intern("select")
	strProcess     = runtime.Intern("_process_events")
	strTime        = runtime.Intern("time")
	strClockRes    = runtime.Intern("_clock_resolution")
	strPopleft     = runtime.Intern("popleft")
	strRunAttr     = runtime.Intern("_run")
	strCurHandle   = runtime.Intern("_current_handle")
	strSlowCb      = runtime.Intern("slow_callback_duration")
	strRun         = runtime.Intern("run")
)

// installRunOnce puts the Go _run_once on BaseEventLoop (cls), unless
// KRAIT_PYRUNONCE is set or the class no longer has base_events' own.
func installRunOnce(be value, cls *runtime.Type) {
	if os.Getenv("KRAIT_PYRUNONCE") != "" {
		return
	}
	orig := cls.Lookup(strRunOnce)
	if orig.IsNull() || orig.Type() != runtime.FunctionType {
		return
	}
	runOnceRefs.be = be
	findRunOnceLines(orig)
	if h := soonRefs.handle; h != nil {
		runOnceRefs.handleRun = h.Lookup(strRunAttr)
		if th, err := runtime.GetAttrString(soonRefs.events, "TimerHandle"); err == nil {
			runOnceRefs.timerHandle, _ = th.TryType()
		}
		if code, err := runtime.GetAttrString(runOnceRefs.handleRun, "__code__"); err == nil {
			if n, err := runtime.GetAttrString(code, "co_firstlineno"); err == nil {
				if n.IsSmallInt() {
					runOnceRefs.runLine = int(n.SmallInt()) + 2 // def, try:, the call
				}
			}
			if f, err := runtime.GetAttrString(code, "co_filename"); err == nil {
				if s, ok := f.TryStr(); ok {
					runOnceRefs.eventsPy = s.String()
				}
			}
		}
	}
	m := &runtime.Method{Name: "_run_once", Flags: runtime.MethNoArgs, Fn: loop_run_once,
		Doc: "Run one full iteration of the event loop."}
	// On failure the class keeps its own _run_once.
	_ = runtime.SetAttr(cls.Value(), strRunOnce, runtime.NewMethodDescriptor(cls, m))
}

// beGlobal is base_events' global name as _run_once would read it.
func beGlobal(name string) (value, *exc) {
	return runtime.GetAttrString(runOnceRefs.be, name)
}

func loop_run_once(self value, _ []value) (value, *exc) {
	site, err := runOnce(self)
	return runtime.None, runOnceError(err, site) // async19_runoncetb.go
}

// runOnce is _run_once; site is where an error left it.
func runOnce(self value) (site int, err *exc) {
	if err := pruneScheduled(self); err != nil {
		return siteDef, err
	}
	timeout, err := selectTimeout(self)
	if err != nil {
		return siteDef, err
	}
	sel, err := runtime.GetAttr(self, strSelector)
	if err != nil {
		return siteSelect, err
	}
	a := [1]value{timeout}
	events, err := runtime.CallMethodVec(sel, strSelect, a[:], nil)
	if err != nil {
		return siteSelect, err
	}
	a[0] = events
	if _, err := runtime.CallMethodVec(self, strProcess, a[:], nil); err != nil {
		return siteProcess, err
	}
	if err := moveDueTimers(self); err != nil {
		return siteDef, err
	}
	return runReady(self)
}

// attrTrue is bool(v.name).
func attrTrue(v value, name *runtime.Str) (bool, *exc) {
	x, err := runtime.GetAttr(v, name)
	if err != nil {
		return false, err
	}
	return runtime.IsTrue(x)
}

// firstScheduled is self._scheduled[0], or null when _scheduled is empty.
func firstScheduled(self value) (value, *exc) {
	sched, err := runtime.GetAttr(self, strScheduled)
	if err != nil {
		return value{}, err
	}
	if ok, err := runtime.IsTrue(sched); err != nil || !ok {
		return value{}, err
	}
	return runtime.GetItem(sched, runtime.Int(0))
}

// heapCall is heapq.<name>(self._scheduled) or heapq.<name>(list).
func heapCall(name string, arg value) (value, *exc) {
	hq, err := beGlobal("heapq")
	if err != nil {
		return value{}, err
	}
	a := [1]value{arg}
	return runtime.CallMethodVec(hq, runtime.Intern(name), a[:], nil)
}

// pruneScheduled drops cancelled timers: all of them when they are many
// and most of the heap, else those at its head.
func pruneScheduled(self value) *exc {
	sched, err := runtime.GetAttr(self, strScheduled)
	if err != nil {
		return err
	}
	n, err := runtime.Len(sched)
	if err != nil {
		return err
	}
	many, err := beGlobal("_MIN_SCHEDULED_TIMER_HANDLES")
	if err != nil {
		return err
	}
	rebuild, err := runtime.RichCompareBool(runtime.Int(int64(n)), many, runtime.Gt)
	if err != nil {
		return err
	}
	if rebuild {
		cnt, err := runtime.GetAttr(self, strCancelCount)
		if err != nil {
			return err
		}
		frac, err := runtime.BinaryOp(cnt, runtime.Int(int64(n)), runtime.NbTrueDivide)
		if err != nil {
			return err
		}
		limit, err := beGlobal("_MIN_CANCELLED_TIMER_HANDLES_FRACTION")
		if err != nil {
			return err
		}
		if rebuild, err = runtime.RichCompareBool(frac, limit, runtime.Gt); err != nil {
			return err
		}
	}
	if rebuild {
		return rebuildScheduled(self, sched)
	}
	for {
		h, err := firstScheduled(self)
		if err != nil || h.IsNull() {
			return err
		}
		if c, err := attrTrue(h, strCancelled); err != nil || !c {
			return err
		}
		cnt, err := runtime.GetAttr(self, strCancelCount)
		if err != nil {
			return err
		}
		if cnt, err = runtime.BinaryOp(cnt, runtime.Int(1), runtime.NbSubtract+runtime.NbInplace); err != nil {
			return err
		}
		if err := runtime.SetAttr(self, strCancelCount, cnt); err != nil {
			return err
		}
		if err := popTimer(self, false); err != nil {
			return err
		}
	}
}

// popTimer is heapq.heappop(self._scheduled) with the popped handle's
// _scheduled set False, and appended to self._ready when toReady.
func popTimer(self value, toReady bool) *exc {
	sched, err := runtime.GetAttr(self, strScheduled)
	if err != nil {
		return err
	}
	h, err := heapCall("heappop", sched)
	if err != nil {
		return err
	}
	if err := runtime.SetAttr(h, strScheduled, runtime.False); err != nil || !toReady {
		return err
	}
	ready, err := runtime.GetAttr(self, strReadyAttr)
	if err != nil {
		return err
	}
	a := [1]value{h}
	_, err = runtime.CallMethodVec(ready, strAppend, a[:], nil)
	return err
}

// rebuildScheduled replaces _scheduled by a heap of its live timers.
func rebuildScheduled(self, sched value) *exc {
	it, err := runtime.Iter(sched)
	if err != nil {
		return err
	}
	var keep []value
	for {
		h, err := runtime.Next(it)
		if err != nil {
			return err
		}
		if h.IsNull() {
			break
		}
		c, err := attrTrue(h, strCancelled)
		if err != nil {
			return err
		}
		if !c {
			keep = append(keep, h)
		} else if err := runtime.SetAttr(h, strScheduled, runtime.False); err != nil {
			return err
		}
	}
	l := runtime.NewList(keep)
	if _, err := heapCall("heapify", l); err != nil {
		return err
	}
	if err := runtime.SetAttr(self, strScheduled, l); err != nil {
		return err
	}
	return runtime.SetAttr(self, strCancelCount, runtime.Int(0))
}

// selectTimeout is the timeout _run_once passes to select: 0 when
// callbacks are ready or the loop stops, the time to the first timer
// (at most MAXIMUM_SELECT_TIMEOUT), or None.
func selectTimeout(self value) (value, *exc) {
	ready, err := attrTrue(self, strReadyAttr)
	if err != nil {
		return value{}, err
	}
	if !ready {
		if ready, err = attrTrue(self, strStopping); err != nil {
			return value{}, err
		}
	}
	if ready {
		return runtime.Int(0), nil
	}
	h, err := firstScheduled(self)
	if err != nil || h.IsNull() {
		return runtime.None, err
	}
	when, err := runtime.GetAttr(h, strWhen)
	if err != nil {
		return value{}, err
	}
	now, err := runtime.CallMethodVec(self, strTime, nil, nil)
	if err != nil {
		return value{}, err
	}
	d, err := runtime.BinaryOp(when, now, runtime.NbSubtract)
	if err != nil {
		return value{}, err
	}
	// max(0, d), then min(that, MAXIMUM_SELECT_TIMEOUT), as the builtins
	// compare.
	t := runtime.Int(0)
	if gt, err := runtime.RichCompareBool(d, t, runtime.Gt); err != nil {
		return value{}, err
	} else if gt {
		t = d
	}
	most, err := beGlobal("MAXIMUM_SELECT_TIMEOUT")
	if err != nil {
		return value{}, err
	}
	if lt, err := runtime.RichCompareBool(most, t, runtime.Lt); err != nil {
		return value{}, err
	} else if lt {
		t = most
	}
	return t, nil
}

// moveDueTimers moves the timers due by now (within the clock's
// resolution) from _scheduled to _ready.
func moveDueTimers(self value) *exc {
	now, err := runtime.CallMethodVec(self, strTime, nil, nil)
	if err != nil {
		return err
	}
	res, err := runtime.GetAttr(self, strClockRes)
	if err != nil {
		return err
	}
	end, err := runtime.BinaryOp(now, res, runtime.NbAdd)
	if err != nil {
		return err
	}
	for {
		h, err := firstScheduled(self)
		if err != nil || h.IsNull() {
			return err
		}
		when, err := runtime.GetAttr(h, strWhen)
		if err != nil {
			return err
		}
		if late, err := runtime.RichCompareBool(when, end, runtime.Ge); err != nil || late {
			return err
		}
		if err := popTimer(self, true); err != nil {
			return err
		}
	}
}
