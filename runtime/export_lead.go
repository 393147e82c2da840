// This file exports small runtime internals that native modules need.

package runtime

import "sync/atomic"

// ComplexParts returns the real and imaginary parts of a complex value.
func ComplexParts(v Value) (re, im float64, ok bool) {
	if v.p == nil || !IsInstance(v, ComplexType) {
		return 0, 0, false
	}
	c := ptrOf[Complex](v)
	return c.re, c.im, true
}

// CallMethod calls obj.name(args...), without binding a method found on
// obj's type (callm16_callmethod.go).
func CallMethod(obj Value, name string, args ...Value) (Value, *Exception) {
	return callMethodCopied(obj, Intern(name), args)
}

// ExceptionTypeByName returns the builtin exception class called name.
func ExceptionTypeByName(name string) *Type { return exceptionTypeByName[name] }

// SendSelfSignal, when the signal module has set it, sends a signal to
// this process through send and waits for its Python handler to run, so
// that os.kill(os.getpid(), sig) behaves synchronously as on CPython (Go
// delivers signals to a goroutine, which queues the handler).
var SendSelfSignal func(sig int, send func() error) (error, *Exception)

// OptionalIndex converts an optional integer argument as Argument Clinic's
// Py_ssize_t(accept={int, NoneType}) does: def when it is absent or None,
// else its __index__.
func OptionalIndex(v Value, def int64) (int64, *Exception) {
	if v.IsNull() || v.IsNone() {
		return def, nil
	}
	return indexToInt(v, "")
}

// ArgTypeName names v's type as Argument Clinic's bad-argument messages do
// ("must be str, not None"): "None" for None, else the type's name.
func ArgTypeName(v Value) string { return typeNameOrNone(v) }

// Audit raises the audit event with args, as PySys_Audit does: a no-op
// unless sys.addaudithook installed a hook.
func Audit(event string, args ...Value) *Exception {
	if len(auditHooks) == 0 {
		return nil
	}
	_, err := sys_audit(Value{}, []Value{StrValue(event), TupleValue(args...)})
	return err
}

// SignalDumper is faulthandler.register's action for one signal: Dump
// writes the tracebacks; with Chain, the signal's own handler (or default
// action) follows.
type SignalDumper struct {
	Dump  func()
	Chain bool
}

var signalDumpers [65]atomic.Pointer[SignalDumper]

// SetSignalDumper installs (or, with nil, removes) the dumper of signal n.
func SetSignalDumper(n int, d *SignalDumper) { signalDumpers[n].Store(d) }

// SignalDumperOf returns the dumper of signal n, or nil.
func SignalDumperOf(n int) *SignalDumper {
	if n <= 0 || n >= len(signalDumpers) {
		return nil
	}
	return signalDumpers[n].Load()
}

// CatchSignal and ReleaseSignal, set by the signal module, make the
// process catch signal n whatever its Python handler, and give it back
// to that handler.
var CatchSignal, ReleaseSignal func(n int)
