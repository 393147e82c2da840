// This file exports small runtime internals that native modules need.

package runtime

// ComplexParts returns the real and imaginary parts of a complex value.
func ComplexParts(v Value) (re, im float64, ok bool) {
	if v.p == nil || !IsInstance(v, ComplexType) {
		return 0, 0, false
	}
	c := ptrOf[Complex](v)
	return c.re, c.im, true
}

// CallMethod calls obj.name(args...).
func CallMethod(obj Value, name string, args ...Value) (Value, *Exception) {
	return callMethodByName(obj, name, args...)
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
