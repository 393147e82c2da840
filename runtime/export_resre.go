// This file defines exported wrappers around runtime internals that the
// native modules of branch resre (math, cmath, _random, _struct, binascii,
// _sre) need: number protocols as CPython's C API has them, the
// glibc-matching libm functions, and bytes-like access.

package runtime

import "math/big"

// IntParts returns the value of an int (or bool, or int subclass instance)
// as a small int64 (bg == nil) or a *big.Int that must not be modified.
func IntParts(v Value) (small int64, bg *big.Int, ok bool) { return intValue(v) }

// BigIntOf returns v's int value as a new *big.Int (ok false if v is not an int).
func BigIntOf(v Value) (*big.Int, bool) { return bigOf(v) }

// IndexBig is operator.index(v) as a new *big.Int, with CPython's TypeError
// ("'%s' object cannot be interpreted as an integer" unless msg is given).
func IndexBig(v Value, msg string) (*big.Int, *Exception) {
	r, err := Index(v, msg)
	if err != nil {
		return nil, err
	}
	b, _ := bigOf(r)
	return b, nil
}

// FloatValueOf returns v's value if v is a float or float subclass instance.
func FloatValueOf(v Value) (float64, bool) { return floatValue(v) }

// FloatAsDouble is PyFloat_AsDouble: a float's value, else __float__ (which
// must return a float), else __index__; otherwise "must be real number".
func FloatAsDouble(v Value) (float64, *Exception) {
	if f, ok := floatValue(v); ok {
		return f, nil
	}
	t := v.Type()
	if t.Float != nil {
		r, err := t.Float(v)
		if err != nil {
			return 0, err
		}
		if f, ok := floatValue(r); ok {
			return f, nil
		}
		return 0, NewTypeError("%s.__float__ returned non-float (type %s)", t.Name, r.Type().Name)
	}
	if t.Index != nil {
		i, err := Index(v, "")
		if err != nil {
			return 0, err
		}
		s, b, _ := intValue(i)
		if b == nil {
			return float64(s), nil
		}
		return IntToFloat(b)
	}
	return 0, NewTypeError("must be real number, not %s", t.Name)
}

// IntToFloat converts an int to the nearest float, raising OverflowError
// ("int too large to convert to float") when it is out of range.
func IntToFloat(x *big.Int) (float64, *Exception) {
	f, err := intToFloat(x)
	if err != nil {
		return 0, fromPyErr(err)
	}
	return f, nil
}

// ExceptionOfKind creates an exception of the builtin class named kind
// ("ValueError", "OverflowError", ...) with message msg.
func ExceptionOfKind(kind, msg string) *Exception { return fromPyErr(&pyErr{kind, msg}) }

// LookupSpecial looks the dunder name up on v's type (never the instance),
// as _PyObject_LookupSpecial, and returns it bound to v; the null Value
// when the type has no such attribute.
func LookupSpecial(v Value, name string) (Value, *Exception) {
	f, selfArg, err := lookupSpecial(v, Intern(name))
	if err != nil || f.IsNull() {
		return f, err
	}
	if selfArg {
		return NewMethod(f, v), nil
	}
	return f, nil
}

// The libm functions whose results match glibc's (and so CPython's) to the
// last bit where Go's math package does not.

// LibmLog is glibc's log.
func LibmLog(x float64) float64 { return libmLog(x) }

// LibmAtan2 is glibc's atan2.
func LibmAtan2(y, x float64) float64 { return libmAtan2(y, x) }

// LibmPow is glibc's pow for finite positive x (float.__pow__'s core).
func LibmPow(x, y float64) float64 { return accuratePow(x, y) }

// NewMappingProxy returns types.MappingProxyType(m).
func NewMappingProxy(m Value) Value { return newMappingProxy(m) }

// NewCallIter returns iter(fn, sentinel), a callable_iterator.
func NewCallIter(fn, sentinel Value) (Value, *Exception) { return newCallIter(fn, sentinel) }

// ClinicKwMethod is ClinicMethod that also reports missing positional-only
// arguments as Argument Clinic's keyword parser does ("prod() takes exactly
// 1 positional argument (0 given)", "unpack_from() takes at least 1
// positional argument (0 given)").
func ClinicKwMethod(name, sig string, fn MethodFunc) Method {
	inner := &Method{Name: name, Sig: sig}
	bind := ClinicMethod(name, sig, fn).Fn
	return Method{Name: name, Sig: "*args, **kwargs", Params: sig, Fn: func(self Value, a []Value) (Value, *Exception) {
		s := inner.signature()
		npos := len(a[0].AsTuple().items)
		req := min(s.required, s.posOnly)
		if npos < req {
			how := "exactly"
			if req < s.nPos {
				how = "at least"
			}
			return Value{}, NewTypeError("%s() takes %s %d positional argument%s (%d given)", name, how, req, pluralS(req), npos)
		}
		return bind(self, a)
	}}
}
