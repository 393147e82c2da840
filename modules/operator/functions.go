// This file defines the _operator functions that are not one binary
// operator or comparison: truth tests, unary operators, sequence
// operations, length_hint, call and _compare_digest.

package operator

import (
	"crypto/subtle"
	"strings"

	"krait/runtime"
)

func operator_truth(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := runtime.IsTrue(a[0])
	return runtime.Bool(b), err
}

func operator_not_(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := runtime.IsTrue(a[0])
	return runtime.Bool(!b), err
}

// unary applies a unary number slot, with the interpreter's message when
// the operand's type lacks it.
func unary(v runtime.Value, f runtime.UnaryFunc, what string) (runtime.Value, *runtime.Exception) {
	if f == nil {
		return runtime.Value{}, runtime.NewTypeError("bad operand type for %s: '%s'", what, v.Type().Name)
	}
	return f(v)
}

func operator_abs(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return unary(a[0], a[0].Type().Abs, "abs()")
}

func operator_invert(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return unary(a[0], a[0].Type().Invert, "unary ~")
}

func operator_neg(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return unary(a[0], a[0].Type().Neg, "unary -")
}

func operator_pos(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return unary(a[0], a[0].Type().Pos, "unary +")
}

func operator_index(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Index(a[0], "")
}

func operator_is_(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Bool(a[0].Is(a[1])), nil
}

func operator_is_not(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Bool(!a[0].Is(a[1])), nil
}

// isSequence is PySequence_Check: the type supports indexing and is not a
// dict.
func isSequence(v runtime.Value) bool {
	if _, ok := v.TryDict(); ok {
		return false
	}
	return v.Type().GetItem != nil
}

// hasSqConcat reports whether v's type has CPython's sq_concat slot: the
// builtin sequences (and their subclasses) do, Python classes do not.
func hasSqConcat(v runtime.Value) bool {
	for _, t := range []*runtime.Type{runtime.ListType, runtime.TupleType, runtime.StrType, runtime.BytesType, runtime.ByteArrayType} {
		if runtime.IsInstance(v, t) {
			return true
		}
	}
	return false
}

// concat is PySequence_Concat (PySequence_InPlaceConcat for the in-place
// op): the sequence's own concatenation, else + between two sequences.
func concat(a, b runtime.Value, op runtime.BinOp) (runtime.Value, *runtime.Exception) {
	cant := func() (runtime.Value, *runtime.Exception) {
		return runtime.Value{}, runtime.NewTypeError("'%s' object can't be concatenated", a.Type().Name)
	}
	if !isSequence(a) {
		return cant()
	}
	if hasSqConcat(a) {
		return runtime.BinaryOp(a, b, op)
	}
	if !isSequence(b) {
		return cant()
	}
	r, err := runtime.BinaryOp(a, b, op)
	if err != nil && err.Matches(runtime.TypeErrorType) && strings.HasPrefix(err.Error(), "TypeError: unsupported operand type(s)") {
		return cant()
	}
	return r, err
}

func operator_concat(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return concat(a[0], a[1], runtime.NbAdd)
}

func operator_iconcat(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return concat(a[0], a[1], runtime.NbAdd+runtime.NbInplace)
}

func operator_contains(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := runtime.Contains(a[0], a[1])
	return runtime.Bool(b), err
}

// iterate calls f on each item of seq until f returns true or an error;
// a non-iterable gives CPython's "argument of type ... is not iterable".
func iterate(seq runtime.Value, f func(x runtime.Value) (bool, *runtime.Exception)) *runtime.Exception {
	it, err := runtime.Iter(seq)
	if err != nil {
		t := seq.Type()
		if err.Matches(runtime.TypeErrorType) && t.Iter == nil && t.GetItem == nil {
			return runtime.NewTypeError("argument of type '%s' is not iterable", t.Name)
		}
		return err
	}
	for {
		x, err := runtime.Next(it)
		if err != nil || x.IsNull() {
			return err
		}
		stop, err := f(x)
		if err != nil || stop {
			return err
		}
	}
}

func operator_indexOf(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	i, found := int64(0), false
	err := iterate(a[0], func(x runtime.Value) (bool, *runtime.Exception) {
		eq, err := runtime.RichCompareBool(x, a[1], runtime.Eq)
		if eq {
			found = true
		} else {
			i++
		}
		return eq, err
	})
	if err != nil {
		return runtime.Value{}, err
	}
	if !found {
		return runtime.Value{}, runtime.NewValueError("sequence.index(x): x not in sequence")
	}
	return runtime.Int(i), nil
}

func operator_countOf(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n := int64(0)
	err := iterate(a[0], func(x runtime.Value) (bool, *runtime.Exception) {
		eq, err := runtime.RichCompareBool(x, a[1], runtime.Eq)
		if eq {
			n++
		}
		return false, err
	})
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(n), nil
}

func operator_getitem(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.GetItem(a[0], a[1])
}

func operator_setitem(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.None, runtime.SetItem(a[0], a[1], a[2])
}

func operator_delitem(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.None, runtime.SetItem(a[0], a[1], runtime.Value{})
}

func operator_length_hint(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	dflt := int64(0)
	if !a[1].IsNull() {
		d, err := runtime.IndexInt64(a[1], "")
		if err != nil {
			return runtime.Value{}, err
		}
		dflt = d
	}
	n, err := LengthHint(a[0], dflt)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(n), nil
}

// LengthHint is PyObject_LengthHint: len(o) when o has a length, else
// o.__length_hint__() when it exists and is implemented, else dflt.
func LengthHint(o runtime.Value, dflt int64) (int64, *runtime.Exception) {
	if o.Type().Len != nil {
		n, err := runtime.Len(o)
		if err == nil {
			return int64(n), nil
		}
		if !err.Matches(runtime.TypeErrorType) {
			return 0, err
		}
	}
	hint := o.Type().LookupString("__length_hint__")
	if hint.IsNull() {
		return dflt, nil
	}
	r, err := runtime.Call(runtime.NewMethod(hint, o), nil, nil)
	if err != nil {
		if err.Matches(runtime.TypeErrorType) {
			return dflt, nil
		}
		return 0, err
	}
	if r.Is(runtime.NotImplemented) {
		return dflt, nil
	}
	if !runtime.IsInstance(r, runtime.IntType) {
		return 0, runtime.NewTypeError("__length_hint__ must be an integer, not %s", r.Type().Name)
	}
	n, err := runtime.IndexInt64(r, "")
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, runtime.NewValueError("__length_hint__() should return >= 0")
	}
	return n, nil
}

// operator_call is call(obj, /, *args, **kwargs); it takes everything as
// *args to report a missing obj as Argument Clinic does.
func operator_call(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pos := a[0].AsTuple().Items()
	if len(pos) == 0 {
		return runtime.Value{}, runtime.NewTypeError("call expected at least 1 argument, got 0")
	}
	fn := pos[0]
	args := append([]runtime.Value(nil), pos[1:]...)
	var kwnames []*runtime.Str
	if !a[1].IsNull() {
		d := a[1].AsDict()
		pos := 0
		for {
			k, v, ok := d.Next(&pos)
			if !ok {
				break
			}
			kwnames = append(kwnames, runtime.InternStr(k.AsStr()))
			args = append(args, v)
		}
	}
	return runtime.Call(fn, args, kwnames)
}

// bytesLike returns the contents of a bytes-like object (bytes, or a
// bytearray through a copy).
func bytesLike(v runtime.Value) ([]byte, bool) {
	if b, ok := v.TryBytes(); ok {
		return b, true
	}
	if !runtime.IsInstance(v, runtime.ByteArrayType) {
		return nil, false
	}
	c, err := runtime.Call(runtime.BytesType.Value(), []runtime.Value{v}, nil)
	if err != nil {
		return nil, false
	}
	return c.TryBytes()
}

func operator__compare_digest(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	sa, aStr := a[0].TryStr()
	sb, bStr := a[1].TryStr()
	if aStr && bStr {
		if !sa.IsASCII() || !sb.IsASCII() {
			return runtime.Value{}, runtime.NewTypeError("comparing strings with non-ASCII characters is not supported")
		}
		return runtime.Bool(subtle.ConstantTimeCompare([]byte(sa.S), []byte(sb.S)) == 1), nil
	}
	ba, aOK := bytesLike(a[0])
	bb, bOK := bytesLike(a[1])
	if !aOK && !bOK {
		if !aStr && !bStr {
			return runtime.Value{}, runtime.NewTypeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
				a[0].Type().Name, a[1].Type().Name)
		}
	}
	if !aOK {
		return runtime.Value{}, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	if !bOK {
		return runtime.Value{}, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[1].Type().Name)
	}
	return runtime.Bool(subtle.ConstantTimeCompare(ba, bb) == 1), nil
}
