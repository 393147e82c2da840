package runtime

// builtinCallRecursionMsg is the RecursionError message of a builtin's
// call that CPython 3.11 counts as a level of recursion.
const builtinCallRecursionMsg = "maximum recursion depth exceeded while calling a Python object"

// builtinCallRecursion is the check CPython 3.11 makes when a frame at the
// recursion limit calls a METH_O or METH_NOARGS builtin (its specialized
// PRECALL_NO_KW_BUILTIN_O and METHOD_DESCRIPTOR_O/NOARGS instructions, and
// cfunction_vectorcall_O/NOARGS, enter a recursive call): a deep recursion
// whose innermost frame first calls id(), abs() or str.upper fails there,
// "while calling a Python object". len() and list.append, which CPython
// specializes without the check, and the other conventions, are exempt.
// The caller has seen atRecursionLimit.
func builtinCallRecursion(m *Method) *Exception {
	if m.Flags&(MethO|MethNoArgs) == 0 || isUncheckedBuiltin(m) {
		return nil
	}
	return NewRecursionError(builtinCallRecursionMsg)
}

// isUncheckedBuiltin reports whether m is len() or list.append (by name
// and signature: type setup copies the method tables, so the entries'
// addresses are not the ones the calls see).
func isUncheckedBuiltin(m *Method) bool {
	return m.Name == "len" && m.Sig == "obj, /" || m.Name == "append" && m.Sig == "object, /"
}

// atRecursionLimit reports whether the running frame is at the limit, so
// that a builtin it calls would pass it.
func atRecursionLimit() bool {
	th := curThread
	return th.depth >= th.recursionLimit
}
