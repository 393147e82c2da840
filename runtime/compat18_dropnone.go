package runtime

// dropWatched is the inlined first test of mayDieObservably for
// DELETE_FAST, which also runs every `x = None` of a fast local
// (compiler/compat18_dropnone.go): false for the values whose type can
// have neither a finalizer nor a weakly referenced instance (None, ints,
// most objects), at the cost of a type load instead of a call. It must
// stay within the inlining budget of the interpreter loop (a big
// function, where Go inlines only the cheapest calls): one flag, kept by
// setupDel and MarkWeakTarget.
func dropWatched(v Value) bool {
	return v.p != nil && (*Header)(v.p).typ.dropWatch
}

func init() {
	for _, t := range []*Type{GeneratorType, CoroutineType, AsyncGenType} {
		t.dropWatch = true
	}
}
