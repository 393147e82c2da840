// This file caches directCallSoon's checks of the loop and its making of
// events.Handle objects. Every callback the native Future and Task
// schedule used to look up call_soon, _call_soon and get_debug on the loop
// (a class MRO walk plus a scan of the loop's ~25 instance attributes
// each), read _debug, _closed and _ready the same way, and make the Handle
// by object.__new__ and seven SetAttr calls. A runtime.AttrProbe keyed by
// the loop's class version and attribute layout turns the six lookups
// into indexed reads; a runtime.SlotPlan keyed by Handle's version stores
// the seven members directly.

package asyncio

import "krait/runtime"

// soonNames are the loop attributes directCallSoon checks, in the order
// soonProbed reads them: three methods the instance must not override and
// three attributes it must hold.
var soonNames = [...]*runtime.Str{strCallSoon, strCallSoonImpl, strGetDebug,
	strDebugAttr, strClosedAttr, strReadyAttr}

// soonCache holds the probe of the last loop that passed the full checks,
// and the plan for making Handles.
var soonCache struct {
	probe *runtime.AttrProbe
	plan  *runtime.SlotPlan
	// planFailed is the Handle class version for which no plan could be
	// made (not to retry on each call).
	planFailed *runtime.Type
	failedVer  uint32
}

// soonProbed reports whether loop is known to pass directCallSoon's and
// newHandle's checks without looking anything up: it has the class and
// layout of a loop that passed them, the class is unchanged since, the
// instance overrides none of the three methods, and _debug and _closed are
// False. ready is then loop._ready.
func soonProbed(loop value) (ready value, ok bool) {
	p := soonCache.probe
	if p == nil || !p.Match(loop) {
		return value{}, false
	}
	for i := 0; i < 3; i++ {
		if !p.Get(loop, i).IsNull() {
			return value{}, false
		}
	}
	if !p.Get(loop, 3).Is(runtime.False) || !p.Get(loop, 4).Is(runtime.False) {
		return value{}, false
	}
	ready = p.Get(loop, 5)
	return ready, !ready.IsNull()
}

// soonProbe records loop, which just passed directCallSoon's checks, when
// its get_debug is BaseEventLoop's too (newHandle's own check).
func soonProbe(loop value) {
	if m, self, err := runtime.LoadMethod(loop, strGetDebug); err != nil || self.IsNull() || !m.Is(soonRefs.getDebug) {
		return
	}
	p := runtime.NewAttrProbe(loop, soonNames[:])
	if p == nil {
		return
	}
	// The probe's reads must agree with what the checks just saw.
	old := soonCache.probe
	soonCache.probe = p
	if _, ok := soonProbed(loop); !ok {
		soonCache.probe = old
	}
}

// handlePlan returns the SlotPlan for making t's instances with
// handleSlots set, or nil when they must be made through t.
func handlePlan(t *runtime.Type) *runtime.SlotPlan {
	if p := soonCache.plan; p != nil && p.Valid(t) {
		return p
	}
	if soonCache.planFailed == t && soonCache.failedVer == t.Version {
		return nil
	}
	p := runtime.NewSlotPlan(t, handleSlots[:])
	if p == nil {
		soonCache.planFailed, soonCache.failedVer = t, t.Version
		return nil
	}
	soonCache.plan = p
	return p
}
