// This file keeps weak-reference callbacks of the untraced past out of a
// trace started later.
//
// Under reference counting an object dies the moment its last reference
// goes, so its weakref callbacks run then. Under Krait's collector they run
// at a later collection, which may fall after a program turned tracing on:
// `python -m trace --listfuncs prog.py` then listed importlib's module-lock
// callback (`cb`, for a lock dropped at an import long before tracing began)
// in about one run in six. A callback registered before the current tracing
// began runs with events off, as its referent almost surely died before then.

package runtime

// traceEpoch counts the times a thread turned tracing or profiling on.
var traceEpoch uint64

// TraceEpoch is the current tracing epoch; a weak reference records it when
// it gets a callback, for CallInEpoch.
func TraceEpoch() uint64 { return traceEpoch }

// CallInEpoch calls fn(args...) as a callback registered in tracing epoch
// epoch: if tracing began after that, the call (and what it calls) reports
// no trace or profile events.
func CallInEpoch(epoch uint64, fn Value, args []Value) (Value, *Exception) {
	tt := curThread.tr
	if epoch == traceEpoch || !tt.active() {
		return Call(fn, args, nil)
	}
	tt.busy++
	defer func() { tt.busy-- }()
	return Call(fn, args, nil)
}
