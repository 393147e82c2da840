// This file defines the calling of sys.unraisablehook for exceptions that
// cannot be raised (in __del__, generator finalization, weakref callbacks,
// threads), with an UnraisableHookArgs struct sequence, as CPython's
// PyErr_WriteUnraisable does when the program replaced the hook.

package runtime

import "strings"

var unraisableHookArgsType *Type

func unraisableArgsType() *Type {
	if unraisableHookArgsType == nil {
		unraisableHookArgsType = NewStructSeqType(&StructSeqSpec{Name: "UnraisableHookArgs", NSeq: 5,
			Fields: []string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}})
	}
	return unraisableHookArgsType
}

// callUnraisableHook passes the unraisable err to a sys.unraisablehook
// the program installed, and reports whether there was one (if not, the
// caller writes the report itself).
func callUnraisableHook(err *Exception, msg string, obj Value) bool {
	if sysModule == nil {
		return false
	}
	hook := sysGet("unraisablehook")
	if hook.IsNull() || hook.IsNone() || hook.Is(sysGet("__unraisablehook__")) {
		return false
	}
	tb := None
	if err.Traceback != nil {
		tb = ValueOf(err.Traceback)
	}
	m := None
	if msg != "" {
		m = StrValue(msg)
	}
	args := NewStructSeq(unraisableArgsType(), []Value{err.typ.Value(), err.Value(), tb, m, nullToNone(obj)})
	if _, herr := Call(hook, []Value{args}, nil); herr != nil {
		var b strings.Builder
		r, rerr := Repr(hook)
		if rerr == nil {
			b.WriteString("Exception ignored in sys.unraisablehook: " + r.S + "\n")
		} else {
			b.WriteString("Exception ignored in sys.unraisablehook:\n")
		}
		PrintException(&b, herr)
		WriteStderr(b.String())
	}
	return true
}
