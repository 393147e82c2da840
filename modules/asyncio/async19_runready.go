// This file defines the last part of the Go _run_once
// (async19_runonce.go): running the handles that are ready when it
// starts, in order, skipping the cancelled ones, timing each in debug
// mode. A native task step or wakeup on a plain Handle or TimerHandle is
// run as Handle._run would run it, without its frame; its errors get the
// traceback entry of that frame.

package asyncio

import "krait/runtime"

var strFormatCb = runtime.Intern("_format_callback_source")

// runReady is _run_once's loop over the ntodo handles ready at its
// start; site is where an error left it.
func runReady(self value) (site int, err *exc) {
	ready, err := runtime.GetAttr(self, strReadyAttr)
	if err != nil {
		return siteDef, err
	}
	n, err := runtime.Len(ready)
	if err != nil {
		return siteDef, err
	}
	for i := 0; i < n; i++ {
		// The probe (coro18_soon.go) stands for reading _ready and _debug
		// when the loop is one it knows to be plain and not in debug mode.
		ready, probed := soonProbed(self)
		if !probed {
			if ready, err = runtime.GetAttr(self, strReadyAttr); err != nil {
				return siteDef, err
			}
		}
		h, err := runtime.CallMethodVec(ready, strPopleft, nil, nil)
		if err != nil {
			return siteDef, err
		}
		if c, err := attrTrue(h, strCancelled); err != nil {
			return siteDef, err
		} else if c {
			continue
		}
		debug := false
		if !probed {
			if debug, err = attrTrue(self, strDebugAttr); err != nil {
				return siteDef, err
			}
		}
		if debug {
			if err := runDebug(self, h); err != nil {
				return siteRunDebug, err
			}
		} else if err := runHandle(h); err != nil {
			return siteRun, err
		}
	}
	return siteDef, nil
}

// runHandle is handle._run().
func runHandle(h value) *exc {
	if done, err := runHandleNative(h); done {
		return err
	}
	_, err := runtime.CallMethodVec(h, strRunAttr, nil, nil)
	return err
}

// runHandleNative runs h as Handle._run does when h is exactly a Handle
// or TimerHandle (their __slots__ leave no instance attribute to shadow
// _run), _run is still events' own and the callback is a task's step or
// wakeup. done is false when h must run its _run.
func runHandleNative(h value) (done bool, err *exc) {
	if t := h.Type(); runOnceRefs.handleRun.IsNull() || stepperType == nil ||
		(t != soonRefs.handle && t != runOnceRefs.timerHandle) || !t.Lookup(strRunAttr).Is(runOnceRefs.handleRun) {
		return false, nil
	}
	cb, err := runtime.GetAttr(h, strCallbackA)
	if err != nil {
		return false, nil
	}
	if ct := cb.Type(); ct != stepperType && ct != wakerType {
		return false, nil
	}
	ctx, err := runtime.GetAttr(h, strContextAttr)
	if err != nil {
		return false, nil
	}
	args, err := runtime.GetAttr(h, strArgsAttr)
	if err != nil {
		return false, nil
	}
	tu, ok := args.TryTuple()
	if !ok || len(tu.Items()) > 2 {
		return false, nil
	}
	var buf [3]value
	call := append(append(buf[:0], cb), tu.Items()...)
	if _, err = runtime.CallMethodVec(ctx, strRun, call, nil); err == nil {
		return true, nil
	}
	if runOnceRefs.eventsPy != "" {
		runtime.AddNativeTraceback(err, "_run", runOnceRefs.eventsPy, runOnceRefs.runLine)
	}
	if err.Matches(runtime.BuiltinExceptionType("KeyboardInterrupt")) || err.Matches(runtime.BuiltinExceptionType("SystemExit")) {
		return true, err
	}
	return true, reportCallbackError(h, cb, args, err)
}

// reportCallbackError is Handle._run's except clause: the loop's
// exception handler gets the error with the callback's description.
func reportCallbackError(h, cb, args value, e *exc) *exc {
	fh, err := runtime.GetAttrString(soonRefs.events, "format_helpers")
	if err != nil {
		return err
	}
	a := [2]value{cb, args}
	src, err := runtime.CallMethodVec(fh, strFormatCb, a[:], nil)
	if err != nil {
		return err
	}
	s, err := runtime.StrOf(src)
	if err != nil {
		return err
	}
	ctx := runtime.NewDict()
	ctx.SetItem(runtime.StrValue("message"), runtime.StrValue("Exception in callback "+s.String()))
	ctx.SetItem(runtime.StrValue("exception"), e.Value())
	ctx.SetItem(runtime.StrValue("handle"), h)
	tb, err := runtime.GetAttrString(h, "_source_traceback")
	if err != nil {
		return err
	}
	if ok, err := runtime.IsTrue(tb); err != nil {
		return err
	} else if ok {
		ctx.SetItem(runtime.StrValue("source_traceback"), tb)
	}
	loop, err := runtime.GetAttr(h, strLoopAttr)
	if err != nil {
		return err
	}
	_, err = runtime.CallMethod(loop, "call_exception_handler", ctx.Value())
	return err
}

// runDebug runs h in debug mode: as the loop's current handle, with a
// warning when it took slow_callback_duration or longer.
func runDebug(self, h value) *exc {
	err := timedRun(self, h)
	if ferr := runtime.SetAttr(self, strCurHandle, runtime.None); ferr != nil {
		if err != nil {
			ferr.Context = err
		}
		return ferr
	}
	return err
}

func timedRun(self, h value) *exc {
	if err := runtime.SetAttr(self, strCurHandle, h); err != nil {
		return err
	}
	t0, err := runtime.CallMethodVec(self, strTime, nil, nil)
	if err != nil {
		return err
	}
	if _, err := runtime.CallMethodVec(h, strRunAttr, nil, nil); err != nil {
		return err
	}
	t1, err := runtime.CallMethodVec(self, strTime, nil, nil)
	if err != nil {
		return err
	}
	dt, err := runtime.BinaryOp(t1, t0, runtime.NbSubtract)
	if err != nil {
		return err
	}
	slow, err := runtime.GetAttr(self, strSlowCb)
	if err != nil {
		return err
	}
	if late, err := runtime.RichCompareBool(dt, slow, runtime.Ge); err != nil || !late {
		return err
	}
	logger, err := beGlobal("logger")
	if err != nil {
		return err
	}
	format, err := beGlobal("_format_handle")
	if err != nil {
		return err
	}
	desc, err := runtime.Call(format, []value{h}, nil)
	if err != nil {
		return err
	}
	_, err = runtime.CallMethod(logger, "warning", runtime.StrValue("Executing %s took %.3f seconds"), desc, dt)
	return err
}
