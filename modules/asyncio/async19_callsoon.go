// This file defines a Go BaseEventLoop.call_soon. For a loop that is open,
// not in debug mode and overrides none of call_soon, _call_soon and
// get_debug (what directCallSoon checks), base_events' call_soon only makes
// an events.Handle and appends it to _ready, through three Python frames
// (call_soon, _call_soon, Handle.__init__); the Go one makes it as
// directCallSoon does. Any other loop, and any call whose arguments the
// Python one must bind or reject, goes to base_events' own function.

package asyncio

import (
	"os"

	"krait/runtime"
)

// callSoonPy is base_events' call_soon, which the Go one replaced.
var callSoonPy value

// installCallSoon puts the Go call_soon on BaseEventLoop (cls) and makes
// it the method directCallSoon expects a plain loop to have.
func installCallSoon(cls *runtime.Type) {
	if os.Getenv("KRAIT_PYRUNONCE") != "" {
		return
	}
	orig := cls.Lookup(strCallSoon)
	if !orig.Is(soonRefs.callSoon) || orig.Type() != runtime.FunctionType {
		return
	}
	m := &runtime.Method{Name: "call_soon", Sig: "*args, **kwargs", Fn: loop_call_soon, Vec: loop_call_soon_vec,
		Doc: "Arrange for a callback to be called as soon as possible."}
	d := runtime.NewMethodDescriptor(cls, m)
	if runtime.SetAttr(cls.Value(), strCallSoon, d) != nil {
		return
	}
	callSoonPy, soonRefs.callSoon = orig, d
}

// loop_call_soon_vec is call_soon(callback, *args, context=None).
func loop_call_soon_vec(self value, args []value, kwnames []*runtime.Str) (value, *exc) {
	npos := len(args) - len(kwnames)
	if npos >= 1 && (len(kwnames) == 0 || len(kwnames) == 1 && kwnames[0].String() == "context") {
		if ready, ok := soonProbed(self); ok {
			ctx := runtime.None
			if len(kwnames) == 1 {
				ctx = args[npos]
			}
			cbArgs := runtime.TupleValue(append([]value(nil), args[1:npos]...)...)
			return scheduleHandle(self, ready, args[0], cbArgs, ctx, true)
		}
	}
	all := append(make([]value, 0, len(args)+1), self)
	return runtime.Call(callSoonPy, append(all, args...), kwnames)
}

// loop_call_soon is call_soon for callers that bind its arguments.
func loop_call_soon(self value, a []value) (value, *exc) {
	args := append([]value(nil), a[0].AsTuple().Items()...)
	var kwnames []*runtime.Str
	if !a[1].IsNull() {
		d := a[1].AsDict()
		for i := 0; ; {
			k, x, ok := d.Next(&i)
			if !ok {
				break
			}
			kwnames = append(kwnames, runtime.InternStr(k.AsStr()))
			args = append(args, x)
		}
	}
	return loop_call_soon_vec(self, args, kwnames)
}
