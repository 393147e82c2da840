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

// CloseOnDropHook, set by the io module, reports whether v, a file object
// of a type marked by MarkCloseOnDrop, is still open. Such an object has
// no Go finalizer: the io layer closes it (and warns "unclosed file") when
// a sweep after a collection finds it dead. `del f` and `f = None` then
// run one collection and that sweep at once, as CPython closes the file
// when its last reference goes (the warning names the line that dropped
// it).
var CloseOnDropHook func(v Value) bool

// MarkCloseOnDrop records that t's instances are files the io layer closes
// once collected.
func MarkCloseOnDrop(t *Type) {
	if !t.closeOnDrop {
		t.closeOnDrop, t.dropWatch = true, true
	}
}

// closesOnDrop reports whether v is an open file the io layer would close
// if it died.
func closesOnDrop(v Value) bool {
	return v.p != nil && v.Type().closeOnDrop && CloseOnDropHook != nil && CloseOnDropHook(v)
}
