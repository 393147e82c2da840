// This file defines _thread._excepthook and _thread._ExceptHookArgs, the
// default threading.excepthook: it prints "Exception in thread NAME:" and
// the traceback of an exception that escaped a thread's run().

package thread

import (
	"strconv"
	"strings"

	kr "krait/runtime"
)

// ExceptHookArgsType is _thread._ExceptHookArgs.
var ExceptHookArgsType = kr.NewStructSeqType(&kr.StructSeqSpec{Name: "_thread._ExceptHookArgs",
	Doc:    "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
	Fields: []string{"exc_type", "exc_value", "exc_traceback", "thread"},
	Docs:   []string{"Exception type", "Exception value", "Exception traceback", "Exception thread"},
	NSeq:   4})

// thread__excepthook handles an uncaught exception of a thread as
// CPython's thread_excepthook does.
func thread__excepthook(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	args := a[0]
	if args.Type() != ExceptHookArgsType {
		return kr.Value{}, kr.NewTypeError("_thread._excepthook argument type must be ExceptHookArgs")
	}
	f := kr.StructSeqFields(args)
	excType, excValue, thread := f[0], f[1], f[3]
	if excType.Is(kr.SystemExitType.Value()) {
		return kr.None, nil // silently ignore SystemExit
	}
	file, err := stderrFor(thread)
	if err != nil || file.IsNull() || file.IsNone() {
		return kr.None, err
	}
	var b strings.Builder
	b.WriteString("Exception in thread ")
	name := ""
	if !thread.IsNone() {
		if n, err := kr.GetAttrString(thread, "name"); err == nil && !n.IsNone() {
			if s, err := kr.StrOf(n); err == nil {
				name = s.S
			}
		}
	}
	if name == "" {
		name = strconv.FormatInt(kr.CurrentThread().Ident(), 10)
	}
	b.WriteString(name + ":\n")
	if e, ok := excValue.TryException(); ok {
		kr.PrintException(&b, e)
	} else if s, err := kr.StrOf(excValue); err == nil {
		b.WriteString(s.S + "\n")
	}
	write, err := kr.GetAttrString(file, "write")
	if err != nil {
		return kr.Value{}, err
	}
	if _, err := kr.Call(write, []kr.Value{kr.StrValue(b.String())}, nil); err != nil {
		return kr.Value{}, err
	}
	if flush, err := kr.GetAttrString(file, "flush"); err == nil {
		kr.Call(flush, nil, nil)
	}
	return kr.None, nil
}

// stderrFor is sys.stderr, or the thread's _stderr when sys.stderr is None.
func stderrFor(thread kr.Value) (kr.Value, *kr.Exception) {
	sys, err := kr.ImportModule("sys")
	if err != nil {
		return kr.Value{}, err
	}
	if w, err := kr.GetAttrString(sys, "stderr"); err == nil && !w.IsNone() {
		return w, nil
	}
	if thread.IsNone() {
		return kr.None, nil
	}
	w, err := kr.GetAttrString(thread, "_stderr")
	if err != nil {
		return kr.None, nil
	}
	return w, nil
}
