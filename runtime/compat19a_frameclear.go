// This file finalizes promptly what frame.clear() releases. CPython frees
// a finished frame's locals when clear() drops them, so a coroutine that
// was only a local of a frame an exception left (`loop.run_until_complete(
// coro())` raising before it wraps the coroutine) warns "coroutine ...
// was never awaited" at once: unittest's assertRaises clears the frames
// of the traceback it caught (traceback.clear_frames), and tests such as
// assertWarns(RuntimeWarning) around it expect the warning inside the
// block. Krait finds the dropped values with one prompt collection, as
// `del name` does (refsem11_prompt.go).

package runtime

// clearedDropCandidates returns the values of saved whose death may run
// code or kill a weak reference. A new coroutine still in the unawaited
// queue has no finalizer yet, and the queue holds it: the queue is
// flushed first so that the collection can find it dead.
func clearedDropCandidates(saved []Value) []Value {
	var out []Value
	for _, v := range saved {
		if v.IsNull() || !dropWatched(v) {
			continue
		}
		if isGenType(v.Type()) && ptrOf[Generator](v).queued {
			flushUnawaited()
		}
		if mayDieObservably(v) {
			out = append(out, v)
		}
	}
	return out
}

// isGenType reports whether t is one of the generator types.
func isGenType(t *Type) bool {
	return t == GeneratorType || t == CoroutineType || t == AsyncGenType
}

// finalizeCleared finalizes each value frame.clear() dropped, if nothing
// else holds it. vals is cleared as it goes, so that it holds none of
// them during its collection.
func finalizeCleared(vals []Value) {
	for i := range vals {
		v := vals[i]
		vals[i] = Value{}
		promptFinalize(v)
	}
}
