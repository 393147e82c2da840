// This file defines exported wrappers around runtime internals that the
// native modules of branch itercoll (_collections, itertools) need: object
// headers for Go structs, the argument binder for type constructors, the
// repr recursion guard, ssize_t conversion and the unhashable flag.

package runtime

// ObjectHeader returns the header of a new instance of t, for Go structs
// whose first field is Header (the native types' New functions).
func ObjectHeader(t *Type) Header { return Header{t} }

// BindCall binds a call's vectorcall arguments to m's signature with
// CPython's TypeError messages (qual names the callable in them), as a
// builtin function's call does; constructors (Type.New) use it. The result
// has one entry per parameter, null for an omitted optional one.
func (m *Method) BindCall(args []Value, kwnames []*Str, qual string) ([]Value, *Exception) {
	return m.bindArgs(args, kwnames, qual, make([]Value, 0, 4))
}

// EnterRepr is Py_ReprEnter: it reports false when v's repr is already
// being computed further up (a self-containing container), else records v;
// every true result must be paired with LeaveRepr.
func EnterRepr(v Value) bool { return reprEnter(v) }

// LeaveRepr is Py_ReprLeave for the innermost EnterRepr.
func LeaveRepr() { reprLeave() }

// AsSsize is PyNumber_AsSsize_t(v, OverflowError): v through __index__
// (TypeError msg, formatted with the type name, when it has none; "" gives
// CPython's default), then an OverflowError when it does not fit.
func AsSsize(v Value, msg string) (int64, *Exception) { return indexToInt(v, msg) }

// MarkUnhashable makes a native type being set up (inside NewNativeType's
// setup function) unhashable, as CPython's PyObject_HashNotImplemented:
// its __hash__ is None.
func MarkUnhashable(t *Type) { t.noHash = true }
