// This file defines the float type: unboxed for exact floats, a heap
// floatObject for instances of float subclasses.

package runtime

import (
	"math"
	"math/big"
)

// floatObject is an instance of a float subclass.
type floatObject struct {
	Header
	Attrs
	v float64
}

// floatValue returns v as a float64 if v is a float (or subclass instance).
func floatValue(v Value) (float64, bool) {
	if v.IsFloat() {
		return v.AsFloat(), true
	}
	if v.p != nil && v.Type() != IntType && v.Type().IsSubtype(FloatType) {
		return ptrOf[floatObject](v).v, true
	}
	return 0, false
}

// floatOperand converts an operand of a float operation: a float, or an
// int converted exactly-or-overflowing.
func floatOperand(v Value) (float64, bool, *Exception) {
	if f, ok := floatValue(v); ok {
		return f, true, nil
	}
	s, b, ok := intValue(v)
	if !ok {
		return 0, false, nil
	}
	if b == nil {
		return float64(s), true, nil
	}
	f, err := intToFloat(b)
	if err != nil {
		return 0, false, fromPyErr(err)
	}
	return f, true, nil
}

func floatBinary(a, b Value, op func(x, y float64) (Value, *Exception)) (Value, *Exception) {
	x, ok, err := floatOperand(a)
	if err != nil || !ok {
		return NotImplemented, err
	}
	y, ok, err := floatOperand(b)
	if err != nil || !ok {
		return NotImplemented, err
	}
	return op(x, y)
}

func float_add(a, b Value) (Value, *Exception) {
	if a.IsFloat() && b.IsFloat() {
		return Float(a.AsFloat() + b.AsFloat()), nil
	}
	return floatBinary(a, b, func(x, y float64) (Value, *Exception) { return Float(x + y), nil })
}

func float_sub(a, b Value) (Value, *Exception) {
	return floatBinary(a, b, func(x, y float64) (Value, *Exception) { return Float(x - y), nil })
}

func float_mul(a, b Value) (Value, *Exception) {
	return floatBinary(a, b, func(x, y float64) (Value, *Exception) { return Float(x * y), nil })
}

func floatRes(f float64, err *pyErr) (Value, *Exception) {
	if err != nil {
		return Value{}, fromPyErr(err)
	}
	return Float(f), nil
}

func float_truediv(a, b Value) (Value, *Exception) {
	return floatBinary(a, b, func(x, y float64) (Value, *Exception) { return floatRes(floatTrueDiv(x, y)) })
}

func float_floordiv(a, b Value) (Value, *Exception) {
	return floatBinary(a, b, func(x, y float64) (Value, *Exception) { return floatRes(floatFloorDiv(x, y)) })
}

func float_mod(a, b Value) (Value, *Exception) {
	return floatBinary(a, b, func(x, y float64) (Value, *Exception) { return floatRes(floatMod(x, y)) })
}

func float_divmod(a, b Value) (Value, *Exception) {
	return floatBinary(a, b, func(x, y float64) (Value, *Exception) {
		d, m, err := floatDivMod(x, y)
		if err != nil {
			return Value{}, fromPyErr(err)
		}
		return TupleValue(Float(d), Float(m)), nil
	})
}

func float_pow(a, b Value) (Value, *Exception) {
	return floatBinary(a, b, func(x, y float64) (Value, *Exception) {
		r, needComplex, err := floatPow(x, y)
		if err != nil {
			return Value{}, fromPyErr(err)
		}
		if needComplex {
			re, im, err := complexPow(x, 0, y, 0)
			if err != nil {
				return Value{}, fromPyErr(err)
			}
			return NewComplex(re, im), nil
		}
		return Float(r), nil
	})
}

func float_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	x, ok := floatValue(v)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := floatValue(w); ok {
		return Bool(floatCompare(x, y, op)), nil
	}
	s, b, ok := intValue(w)
	if !ok {
		return NotImplemented, nil
	}
	if b == nil {
		if s > -1<<53 && s < 1<<53 {
			return Bool(floatCompare(x, float64(s), op)), nil
		}
		b = big.NewInt(s)
	}
	c, unordered := compareFloatInt(x, b)
	if unordered {
		return Bool(op == Ne), nil
	}
	return Bool(cmpResult(c, op)), nil
}

func floatCompare(x, y float64, op CompareOp) bool {
	switch op {
	case Lt:
		return x < y
	case Le:
		return x <= y
	case Eq:
		return x == y
	case Ne:
		return x != y
	case Gt:
		return x > y
	}
	return x >= y
}

func float_hash(v Value) (int64, *Exception) {
	f, _ := floatValue(v)
	return hashFloat(f, v.Ptr()^uintptr(v.bits)), nil
}

func float_repr(v Value) (Value, *Exception) {
	f, _ := floatValue(v)
	return floatReprValue(f), nil
}

func float_neg(v Value) (Value, *Exception) { f, _ := floatValue(v); return Float(-f), nil }
func float_pos(v Value) (Value, *Exception) { f, _ := floatValue(v); return Float(f), nil }
func float_abs(v Value) (Value, *Exception) { f, _ := floatValue(v); return Float(math.Abs(f)), nil }
func float_bool(v Value) (bool, *Exception) { f, _ := floatValue(v); return f != 0, nil }

func float_int(v Value) (Value, *Exception) {
	f, _ := floatValue(v)
	if f > -1<<62 && f < 1<<62 {
		return Int(int64(f)), nil
	}
	b, err := floatToInt(f)
	if err != nil {
		return Value{}, fromPyErr(err)
	}
	return NewIntBig(b), nil
}

func init() {
	t := FloatType
	t.Number[NbAdd] = float_add
	t.Number[NbSubtract] = float_sub
	t.Number[NbMultiply] = float_mul
	t.Number[NbTrueDivide] = float_truediv
	t.Number[NbFloorDivide] = float_floordiv
	t.Number[NbRemainder] = float_mod
	t.Number[NbPower] = float_pow
	t.RichCompare = float_richcompare
	t.Hash = float_hash
	t.Repr = float_repr
	t.Neg, t.Pos, t.Abs = float_neg, float_pos, float_abs
	t.Bool = float_bool
	t.Int = float_int
	t.Float = float_pos
	t.New = float_new
	t.InstAttrs = func(v Value) *Attrs {
		if v.IsFloat() {
			return nil
		}
		return &ptrOf[floatObject](v).Attrs
	}
	t.methods = floatMethods
	t.getsets = []GetSetDef{
		{Name: "real", Get: float_pos},
		{Name: "imag", Get: func(Value) (Value, *Exception) { return Float(0), nil }},
	}
}

var floatMethods = []Method{
	{Name: "__divmod__", Sig: "value, /", Fn: func(self Value, a []Value) (Value, *Exception) { return float_divmod(self, a[0]) }},
	{Name: "__rdivmod__", Sig: "value, /", Fn: func(self Value, a []Value) (Value, *Exception) { return float_divmod(a[0], self) }},
	{Name: "is_integer", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		f, _ := floatValue(self)
		return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
	}},
	{Name: "__trunc__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return float_int(self) }},
	{Name: "__floor__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		f, _ := floatValue(self)
		return float_int(Float(math.Floor(f)))
	}},
	{Name: "__ceil__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		f, _ := floatValue(self)
		return float_int(Float(math.Ceil(f)))
	}},
	{Name: "__round__", Sig: "ndigits=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		f, _ := floatValue(self)
		if a[0].IsNull() || a[0].IsNone() {
			b, err := floatRoundToInt(f)
			if err != nil {
				return Value{}, fromPyErr(err)
			}
			return NewIntBig(b), nil
		}
		nd, err := indexClamped(a[0])
		if err != nil {
			return Value{}, err
		}
		return floatRes(floatRound(f, nd))
	}},
	{Name: "conjugate", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return float_pos(self) }},
	{Name: "as_integer_ratio", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		f, _ := floatValue(self)
		n, d, err := floatAsIntegerRatio(f)
		if err != nil {
			return Value{}, fromPyErr(err)
		}
		return TupleValue(NewIntBig(n), NewIntBig(d)), nil
	}},
	{Name: "__getformat__", Sig: "typestr, /", Flags: MethO | MethClass, Fn: func(self Value, a []Value) (Value, *Exception) {
		s, ok := a[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("__getformat__() argument must be str, not %s", a[0].Type().Name)
		}
		if s.S != "double" && s.S != "float" {
			return Value{}, NewValueError("__getformat__() argument 1 must be 'double' or 'float'")
		}
		return StrValue("IEEE, little-endian"), nil
	}},
	{Name: "hex", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		f, _ := floatValue(self)
		return StrValue(floatHex(f)), nil
	}},
	{Name: "fromhex", Sig: "string, /", Flags: MethO | MethClass, Fn: func(self Value, a []Value) (Value, *Exception) {
		s, ok := a[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("bad argument type for built-in operation")
		}
		f, err := floatFromHex(s.S)
		if err != nil {
			return Value{}, fromPyErr(err)
		}
		return Call(self, []Value{Float(f)}, nil)
	}},
	{Name: "__format__", Sig: "format_spec, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		spec, ok := a[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("format() argument 2 must be str, not %s", a[0].Type().Name)
		}
		if spec.S == "" {
			return StrOfValue(self)
		}
		f, _ := floatValue(self)
		r, err := formatFloatValue(f, spec.S, self.Type().Name) // format_result.go
		if err != nil {
			return Value{}, fromPyErr(err)
		}
		return r, nil
	}},
	{Name: "__getnewargs__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		f, _ := floatValue(self)
		return TupleValue(Float(f)), nil
	}},
}

// StrOfValue is str(v) as a Value.
func StrOfValue(v Value) (Value, *Exception) {
	s, err := StrOf(v)
	if err != nil {
		return Value{}, err
	}
	return ValueOf(s), nil
}

var floatNewMethod = Method{Name: "float", Sig: "x=, /"}

func float_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	var buf [2]Value
	if len(kwnames) > 0 && t != FloatType && t.Lookup(Intern("__init__")) != FloatType.Lookup(Intern("__init__")) {
		// A subclass with its own __init__ takes keywords for it; float()
		// itself ignores them, as CPython's float_new does.
		args, kwnames = args[:len(args)-len(kwnames)], nil
	}
	a, err := floatNewMethod.bindArgs(args, kwnames, "float", buf[:0])
	if err != nil {
		return Value{}, err
	}
	r := Float(0)
	if t == FloatType && !a[0].IsNull() && a[0].Type() == FloatType {
		return a[0], nil // float(x) is x, boxed NaNs included
	}
	if !a[0].IsNull() {
		r, err = floatFromObject(a[0])
		if err != nil {
			return Value{}, err
		}
	}
	f, _ := floatValue(r)
	if t == FloatType && (f == f || !r.IsFloat()) {
		return r, nil
	}
	// A new NaN is boxed: unboxed floats are identical when their bits are,
	// and CPython's float('nan') is a new object, unequal to every other,
	// so containers must not find it by identity.
	return ValueOf(&floatObject{Header: Header{t}, v: f}), nil
}

// floatFromObject is float(x) (CPython's PyNumber_Float): __float__, then
// __index__, then the text of a str or of a bytes-like object.
func floatFromObject(x Value) (Value, *Exception) {
	if x.IsFloat() {
		return x, nil
	}
	t := x.Type()
	if t.Float != nil {
		r, err := t.Float(x)
		if err != nil {
			return Value{}, err
		}
		f, ok := floatValue(r)
		if !ok {
			return Value{}, NewTypeError("%s.__float__ returned non-float (type %s)", t.Name, r.Type().Name)
		}
		if r.Type() != FloatType {
			msg := t.Name + ".__float__ returned non-float (type " + r.Type().Name +
				").  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python."
			if err := Warn(exceptionTypeByName["DeprecationWarning"], msg, 1); err != nil {
				return Value{}, err
			}
		}
		return Float(f), nil
	}
	if t.Index != nil {
		i, err := Index(x, "")
		if err != nil {
			return Value{}, err
		}
		return int_float(i)
	}
	if s, ok := x.TryStr(); ok {
		return floatRes(parseFloat(s.S))
	}
	if b, ok := x.TryBytes(); ok {
		return floatRes(parseFloatBytes(b, bytesReprOf(b)))
	}
	if b, ok := bytesLike(x); ok {
		// Other buffers (bytearray, memoryview, array) parse their bytes; an
		// error shows the object's repr, as CPython's does.
		if f, ok := parseFloatASCII(string(b)); ok {
			return Float(f), nil
		}
		rep, err := Repr(x)
		if err != nil {
			return Value{}, err
		}
		return Value{}, NewValueError("could not convert string to float: %s", rep.S)
	}
	return Value{}, NewTypeError("float() argument must be a string or a real number, not '%s'", t.Name)
}

// NaN is CPython's Py_NAN, the quiet NaN with an empty payload (Go's
// math.NaN() has a payload bit set, which struct.pack would show).
var NaN = math.Float64frombits(0x7ff8000000000000)
