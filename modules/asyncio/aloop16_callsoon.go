// This file defines the direct form of loop.call_soon that the native
// Future and Task use to schedule their callbacks and steps. When the
// loop's call_soon and _call_soon are BaseEventLoop's and the loop is open
// and not in debug mode, those two methods do nothing but make an
// events.Handle and append it to loop._ready; doing that here saves two
// Python frames and the _check_closed call per scheduled callback. Any
// other loop (an override, an instance attribute, debug mode, a closed
// loop) goes through its call_soon as before.

package asyncio

import "krait/runtime"

// soonRefs are BaseEventLoop.call_soon and _call_soon, and the module
// asyncio.events (whose Handle base_events looks up at each call).
var soonRefs struct {
	loaded, failed      bool
	callSoon, callSoon_ value
	events              value
	// handle is events.Handle as imported, with its __init__, and
	// getDebug BaseEventLoop.get_debug: while they are unchanged a Handle
	// is made without running __init__ (newHandle).
	handle     *runtime.Type
	handleInit value
	getDebug   value
}

var (
	strCallSoonImpl = runtime.Intern("_call_soon")
	strDebugAttr    = runtime.Intern("_debug")
	strClosedAttr   = runtime.Intern("_closed")
	strReadyAttr    = runtime.Intern("_ready")
	strHandle       = runtime.Intern("Handle")
	strAppend       = runtime.Intern("append")
	strInit         = runtime.Intern("__init__")
	// handleSlots are the attributes Handle.__init__ sets, in its order.
	handleSlots = [...]*runtime.Str{strContextAttr, strLoopAttr,
		strCallbackA, strArgsAttr, strCancelled,
		runtime.Intern("_repr"), runtime.Intern("_source_traceback")}
)

// loadSoonRefs imports what directCallSoon compares against, once; it
// reports whether they are available.
func loadSoonRefs() bool {
	if soonRefs.loaded || soonRefs.failed {
		return soonRefs.loaded
	}
	soonRefs.failed = true
	be, err := runtime.ImportModule("asyncio.base_events")
	if err != nil {
		return false
	}
	cls, err := runtime.GetAttrString(be, "BaseEventLoop")
	if err != nil {
		return false
	}
	ev, err := runtime.ImportModule("asyncio.events")
	if err != nil {
		return false
	}
	t, ok := cls.TryType()
	if !ok {
		return false
	}
	soonRefs.callSoon = t.Lookup(strCallSoon)
	soonRefs.callSoon_ = t.Lookup(strCallSoonImpl)
	soonRefs.events = ev
	soonRefs.getDebug = t.Lookup(strGetDebug)
	if soonRefs.callSoon.IsNull() || soonRefs.callSoon_.IsNull() || soonRefs.getDebug.IsNull() {
		return false
	}
	h, err := runtime.GetAttr(ev, strHandle)
	if err != nil {
		return false
	}
	if soonRefs.handle, ok = h.TryType(); !ok {
		return false
	}
	soonRefs.handleInit = soonRefs.handle.Lookup(strInit)
	soonRefs.loaded, soonRefs.failed = true, false
	installRunOnce(be, t) // async19_runonce.go
	installCallSoon(t)    // async19_callsoon.go
	return true
}

// directCallSoon schedules fn(arg) (arg may be null) in context ctx (null
// for a copy of the current one) as BaseEventLoop.call_soon would. done
// is false when loop needs its own call_soon called.
func directCallSoon(loop, fn, arg, ctx value) (done bool, err *exc) {
	if !loadSoonRefs() {
		return false, nil
	}
	ready, probed := soonProbed(loop) // coro18_soon.go
	if !probed {
		m, self, err := runtime.LoadMethod(loop, strCallSoon)
		if err != nil || self.IsNull() || !m.Is(soonRefs.callSoon) {
			return false, nil
		}
		if m, self, err = runtime.LoadMethod(loop, strCallSoonImpl); err != nil || self.IsNull() || !m.Is(soonRefs.callSoon_) {
			return false, nil
		}
		if !attrIsFalse(loop, strDebugAttr) || !attrIsFalse(loop, strClosedAttr) {
			return false, nil
		}
		soonProbe(loop)
	}
	if ctx.IsNull() {
		ctx = runtime.None
	}
	args := runtime.TupleValue()
	if !arg.IsNull() {
		args = runtime.TupleValue(arg)
	}
	_, err = scheduleHandle(loop, ready, fn, args, ctx, probed)
	return true, err
}

// scheduleHandle is _call_soon(fn, args, ctx) for a loop that passed
// directCallSoon's checks (ready is its _ready, or null when not known).
func scheduleHandle(loop, ready, fn, args, ctx value, probed bool) (value, *exc) {
	handleCls, err := runtime.GetAttr(soonRefs.events, strHandle)
	if err != nil {
		return value{}, err
	}
	handle, done, err := newHandle(handleCls, loop, fn, args, ctx, probed)
	if !done {
		handle, err = runtime.Call(handleCls, []value{fn, args, loop, ctx}, nil)
	}
	if err != nil {
		return value{}, err
	}
	if ready.IsNull() {
		if ready, err = runtime.GetAttr(loop, strReadyAttr); err != nil {
			return value{}, err
		}
	}
	a := [1]value{handle}
	_, err = runtime.CallMethodVec(ready, strAppend, a[:], nil)
	return handle, err
}

// attrIsFalse reports whether v.name is False (a missing attribute is
// not: the loop's own call_soon then reports it).
func attrIsFalse(v value, name *runtime.Str) bool {
	x, err := runtime.GetAttr(v, name)
	return err == nil && x.Is(runtime.False)
}

// newHandle makes events.Handle(fn, args, loop, ctx) as its __init__
// would for a loop whose _debug is False, when cls is still that class
// with that __init__ and loop's get_debug is BaseEventLoop's (so the one
// it calls answers False): the attributes are set without the __init__
// and get_debug frames. done is false when the class must be called.
func newHandle(cls, loop, fn, args, ctx value, debugChecked bool) (h value, done bool, err *exc) {
	t := soonRefs.handle
	if !cls.Is(t.Value()) || !t.Lookup(strInit).Is(soonRefs.handleInit) {
		return value{}, false, nil
	}
	if debugChecked {
		// soonProbed saw BaseEventLoop's get_debug.
	} else if m, self, err := runtime.LoadMethod(loop, strGetDebug); err != nil || self.IsNull() || !m.Is(soonRefs.getDebug) {
		return value{}, false, nil
	}
	if ctx.IsNone() {
		if err := loadHelpers(); err != nil {
			return value{}, true, err
		}
		if ctx, err = runtime.Call(helpers.copyContext, nil, nil); err != nil {
			return value{}, true, err
		}
	}
	vals := [len(handleSlots)]value{ctx, loop, fn, args, runtime.False, runtime.None, runtime.None}
	if plan := handlePlan(t); plan != nil { // coro18_soon.go
		return plan.New(vals[:]), true, nil
	}
	if h, err = t.New(t, nil, nil); err != nil {
		return value{}, true, err
	}
	for i, name := range handleSlots {
		if err := runtime.SetAttr(h, name, vals[i]); err != nil {
			return value{}, true, err
		}
	}
	return h, true, nil
}
