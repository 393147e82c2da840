// This file defines the functions of sys beyond the ones the interpreter
// core needs (sysmodule.go): encodings, audit hooks, display and except
// hooks, trace and profile functions, switch interval and async-generator
// hooks.

package runtime

import (
	"os"
	"strings"
)

var (
	auditHooks                           []Value
	asyncgenFirstiter, asyncgenFinalizer = None, None
	coroOriginDepth                      int64
	finalizing                           bool
)

// SetFinalizing marks the interpreter as shutting down (sys.is_finalizing).
func SetFinalizing() { finalizing = true }

// dlopenFlags is sys.getdlopenflags(), RTLD_NOW by default.
var dlopenFlags = 2

func noArgs(name string, fn func() (Value, *Exception)) Method {
	return Method{Name: name, Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return fn() }}
}

func constStr(name, s string) Method {
	return noArgs(name, func() (Value, *Exception) { return StrValue(s), nil })
}

// sysExtraMethods is sysExtraMethodTable, set at init to break the
// initialization cycle through displayhook and sys.stdout.
var sysExtraMethods []Method

func init() { sysExtraMethods = sysExtraMethodTable }

var sysExtraMethodTable = []Method{
	{Name: "_current_frames", Flags: MethNoArgs, Fn: sys_current_frames},
	{Name: "_current_exceptions", Flags: MethNoArgs, Fn: sys_current_exceptions},
	constStr("getfilesystemencoding", "utf-8"),
	constStr("getfilesystemencodeerrors", "surrogateescape"),
	constStr("getdefaultencoding", "utf-8"),
	noArgs("exception", func() (Value, *Exception) {
		if e := curThread.topHandled(); e != nil {
			return e.Value(), nil
		}
		return None, nil
	}),
	noArgs("is_finalizing", func() (Value, *Exception) { return Bool(finalizing), nil }),
	noArgs("gettrace", func() (Value, *Exception) { return GetTrace(), nil }),
	noArgs("getprofile", func() (Value, *Exception) { return GetProfile(), nil }),
	{Name: "settrace", Sig: "function, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		if err := sysSetHook(a[0], true); err != nil {
			return Value{}, err
		}
		return None, nil
	}},
	{Name: "setprofile", Sig: "function, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		if err := sysSetHook(a[0], false); err != nil {
			return Value{}, err
		}
		return None, nil
	}},
	noArgs("getswitchinterval", func() (Value, *Exception) { return Float(SwitchInterval()), nil }),
	{Name: "setswitchinterval", Sig: "interval, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		f, ok := floatValue(a[0])
		if n, _, isInt := intValue(a[0]); isInt {
			f, ok = float64(n), true
		}
		if !ok {
			return Value{}, NewTypeError("must be real number, not %s", a[0].Type().Name)
		}
		return None, SetSwitchInterval(f)
	}},
	{Name: "getrefcount", Sig: "object, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		return Int(2), nil // no reference counts under a tracing GC; 2 is what a fresh temporary shows in CPython
	}},
	noArgs("getallocatedblocks", func() (Value, *Exception) { return Int(0), nil }),
	noArgs("_clear_type_cache", func() (Value, *Exception) { clear(methodCache[:]); return None, nil }),
	{Name: "audit", Sig: "*args", Fn: sys_audit_args},
	{Name: "addaudithook", Sig: "hook", Fn: func(self Value, a []Value) (Value, *Exception) {
		// The hooks already installed may veto the new one: an Exception
		// from them leaves it out silently, anything else propagates.
		if err := Audit("sys.addaudithook"); err != nil {
			if err.Matches(ExceptionType) {
				return None, nil
			}
			return Value{}, err
		}
		auditHooks = append(auditHooks, a[0])
		return None, nil
	}},
	{Name: "call_tracing", Sig: "func, args, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		return callTracing(a[0], a[1])
	}},
	{Name: "displayhook", Sig: "object, /", Flags: MethO, Fn: sys_displayhook},
	{Name: "excepthook", Sig: "exctype, value, traceback, /", Fn: sys_excepthook},
	{Name: "unraisablehook", Sig: "unraisable, /", Flags: MethO, Fn: sys_unraisablehook},
	noArgs("get_asyncgen_hooks", func() (Value, *Exception) {
		return NewStructSeq(asyncgenHooksType(), []Value{asyncgenFirstiter, asyncgenFinalizer}), nil
	}),
	{Name: "set_asyncgen_hooks", Sig: "firstiter=, finalizer=", Fn: sys_set_asyncgen_hooks},
	noArgs("get_coroutine_origin_tracking_depth", func() (Value, *Exception) { return Int(coroOriginDepth), nil }),
	{Name: "set_coroutine_origin_tracking_depth", Sig: "depth", Fn: func(self Value, a []Value) (Value, *Exception) {
		n, err := indexToInt(a[0], "")
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, NewValueError("depth must be >= 0")
		}
		coroOriginDepth = n
		return None, nil
	}},
	noArgs("getdlopenflags", func() (Value, *Exception) { return Int(int64(dlopenFlags)), nil }),
	{Name: "setdlopenflags", Sig: "flags, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		// Kept for getdlopenflags only: Krait loads no shared libraries.
		n, err := CIntConverter(a[0])
		if err != nil {
			return Value{}, err
		}
		dlopenFlags = n
		return None, nil
	}},
}

var asyncgenHooks *Type

func asyncgenHooksType() *Type {
	if asyncgenHooks == nil {
		asyncgenHooks = NewStructSeqType(&StructSeqSpec{Name: "asyncgen_hooks", NSeq: 2, Fields: []string{"firstiter", "finalizer"}})
	}
	return asyncgenHooks
}

func sys_set_asyncgen_hooks(self Value, a []Value) (Value, *Exception) {
	for i, name := range []string{"firstiter", "finalizer"} {
		if !a[i].IsNull() && !a[i].IsNone() && a[i].Type().Call == nil {
			return Value{}, NewTypeError("callable %s expected, got %s", name, a[i].Type().Name)
		}
	}
	if !a[0].IsNull() {
		asyncgenFirstiter = a[0]
	}
	if !a[1].IsNull() {
		asyncgenFinalizer = a[1]
	}
	return None, nil
}

// sys_audit_args is sys.audit(event, *args): it checks for the event by
// hand, before looking for hooks, as CPython's sys_audit does.
func sys_audit_args(self Value, a []Value) (Value, *Exception) {
	all := a[0].AsTuple().Items()
	if len(all) == 0 {
		return Value{}, NewTypeError("audit() missing 1 required positional argument: 'event'")
	}
	return sys_audit(self, []Value{all[0], TupleValue(all[1:]...)})
}

func sys_audit(self Value, a []Value) (Value, *Exception) {
	if len(auditHooks) == 0 {
		return None, nil
	}
	ev, ok := a[0].TryStr()
	if !ok {
		return Value{}, NewTypeError("expected str for argument 'event', not %s", a[0].Type().Name)
	}
	args := TupleValue()
	if len(a) > 1 && !a[1].IsNull() {
		args = a[1]
	}
	// Hooks run untraced unless they have a true __cantrace__ attribute
	// (looked up untraced too), as in CPython's sys_audit_tstate.
	tr := curThread.tr
	if tr != nil {
		tr.busy++
		defer func() { tr.busy-- }()
	}
	for _, h := range auditHooks {
		canTrace := false
		if tr != nil {
			if o, err := GetAttrString(h, "__cantrace__"); err == nil {
				canTrace, _ = IsTrue(o)
			}
		}
		if canTrace {
			tr.busy--
		}
		_, err := Call(h, []Value{ev.Value(), args}, nil)
		if canTrace {
			tr.busy++
		}
		if err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

func sys_displayhook(self Value, a []Value) (Value, *Exception) {
	if a[0].IsNone() {
		return None, nil
	}
	b := BuiltinsModule().Dict
	b.SetStr(Intern("_"), None)
	if out := sysGet("stdout"); out.IsNull() || out.IsNone() {
		return Value{}, NewRuntimeError("lost sys.stdout")
	}
	r, err := Repr(a[0])
	if err != nil {
		return Value{}, err
	}
	if err := writeStdout(r.S); err != nil {
		if !err.Matches(exceptionTypeByName["UnicodeEncodeError"]) {
			return Value{}, err
		}
		if err := displayUnencodable(r.S); err != nil {
			return Value{}, err
		}
	}
	if err := writeStdout("\n"); err != nil {
		return Value{}, err
	}
	b.SetStr(Intern("_"), a[0])
	return None, nil
}

func sys_excepthook(self Value, a []Value) (Value, *Exception) {
	e, ok := a[1].TryException()
	if !ok {
		WriteStderr("TypeError: print_exception(): Exception expected for value, " + a[1].Type().Name + " found\n")
		return None, nil
	}
	var b strings.Builder
	PrintException(&b, e)
	WriteStderr(b.String())
	return None, nil
}

func sys_unraisablehook(self Value, a []Value) (Value, *Exception) {
	get := func(n string) Value {
		v, err := GetAttrString(a[0], n)
		if err != nil {
			return None
		}
		return v
	}
	msg := "Exception ignored in"
	if m, ok := get("err_msg").TryStr(); ok {
		msg = m.S
	}
	if e, ok := get("exc_value").TryException(); ok {
		obj := get("object")
		if obj.IsNone() {
			obj = Value{}
		}
		writeUnraisableDefault(e, msg, obj)
	} else {
		os.Stderr.WriteString(msg + "\n")
	}
	return None, nil
}

// CallUserExcepthook runs sys.excepthook for an uncaught exception when
// the program replaced it, and reports whether it did (the exit status is
// then 1). The default hook is left to the caller, which prints the
// traceback itself.
func CallUserExcepthook(e *Exception) (bool, int) {
	hook := sysGet("excepthook")
	orig := sysGet("__excepthook__")
	// PyErr_Display's audit event: a hook raising RuntimeError suppresses
	// the report, any other error is reported and the report goes on.
	if len(auditHooks) > 0 {
		tb, h := None, hook
		if e.Traceback != nil {
			tb = ValueOf(e.Traceback)
		}
		if h.IsNull() {
			h = None
		}
		if err := Audit("sys.excepthook", h, e.typ.Value(), e.Value(), tb); err != nil {
			if err.Matches(RuntimeErrorType) {
				return true, 1
			}
			WriteUnraisable(err, "Exception ignored in audit hook", Value{})
		}
	}
	if hook.IsNull() || hook.Is(orig) {
		if errw := sysGet("stderr"); !errw.IsNull() && errw.Type() != StdStreamType {
			callMethodByName(errw, "flush")
		}
		return false, 0
	}
	tb := None
	if e.Traceback != nil {
		tb = ValueOf(e.Traceback)
	}
	if _, err := Call(hook, []Value{e.typ.Value(), e.Value(), tb}, nil); err != nil {
		WriteStderr("Error in sys.excepthook:\n")
		var b strings.Builder
		PrintException(&b, err)
		b.WriteString("\nOriginal exception was:\n")
		PrintException(&b, e)
		WriteStderr(b.String())
	}
	return true, 1
}
