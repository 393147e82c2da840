// This file defines the complex type (the basics: arithmetic, repr, hash).

package runtime

// ComplexType is Python's complex.
var ComplexType = newBuiltinType("complex", ObjectType, FlagBaseType)

// Complex is a complex object.
type Complex struct {
	Header
	re, im float64
}

// complexSub is an instance of a subclass of complex: the value and the
// instance's attributes.
type complexSub struct {
	Complex
	attrs Attrs
}

// newComplexOf returns re+imj as an instance of t (complex or a subclass).
func newComplexOf(t *Type, re, im float64) Value {
	if t == ComplexType {
		return ValueOf(&Complex{Header{t}, re, im})
	}
	return ValueOf(&complexSub{Complex: Complex{Header{t}, re, im}})
}

// NewComplex returns the complex re+imj.
func NewComplex(re, im float64) Value { return ValueOf(&Complex{Header{ComplexType}, re, im}) }

func complexOperand(v Value) (float64, float64, bool, *Exception) {
	if v.p != nil && v.Type().IsSubtype(ComplexType) {
		c := ptrOf[Complex](v)
		return c.re, c.im, true, nil
	}
	f, ok, err := floatOperand(v)
	return f, 0, ok, err
}

var strDunderComplex = Intern("__complex__")

// complexArg converts an argument of complex(): __complex__ first, then a
// complex instance, then a real number. isComplex says whether it had an
// imaginary part; ok is false for a non-number.
func complexArg(v Value) (re, im float64, isComplex, ok bool, err *Exception) {
	if v.p != nil && v.Type() != ComplexType {
		f, selfArg, err := lookupSpecial(v, strDunderComplex)
		if err != nil {
			return 0, 0, false, false, err
		}
		if !f.IsNull() {
			args := []Value{}
			if selfArg {
				args = append(args, v)
			}
			r, err := Call(f, args, nil)
			if err != nil {
				return 0, 0, false, false, err
			}
			if r.p == nil || !r.Type().IsSubtype(ComplexType) {
				return 0, 0, false, false, NewTypeError("__complex__ returned non-complex (type %s)", r.Type().Name)
			}
			if r.Type() != ComplexType {
				msg := "__complex__ returned non-complex (type " + r.Type().Name +
					").  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python."
				if err := Warn(exceptionTypeByName["DeprecationWarning"], msg, 1); err != nil {
					return 0, 0, false, false, err
				}
			}
			c := ptrOf[Complex](r)
			return c.re, c.im, true, true, nil
		}
	}
	if v.p != nil && v.Type().IsSubtype(ComplexType) {
		c := ptrOf[Complex](v)
		return c.re, c.im, true, true, nil
	}
	if t := v.Type(); t.Float == nil && t.Index == nil {
		return 0, 0, false, false, nil
	}
	r, err := floatFromObject(v) // __float__ or __index__, as PyNumber_Float
	if err != nil {
		return 0, 0, false, false, err
	}
	return r.AsFloat(), 0, false, true, nil
}

func complexBinary(a, b Value, op func(ar, ai, br, bi float64) (Value, *Exception)) (Value, *Exception) {
	ar, ai, ok, err := complexOperand(a)
	if err != nil || !ok {
		return NotImplemented, err
	}
	br, bi, ok, err := complexOperand(b)
	if err != nil || !ok {
		return NotImplemented, err
	}
	return op(ar, ai, br, bi)
}

func init() {
	t := ComplexType
	t.Number[NbAdd] = func(a, b Value) (Value, *Exception) {
		return complexBinary(a, b, func(ar, ai, br, bi float64) (Value, *Exception) { return NewComplex(ar+br, ai+bi), nil })
	}
	t.Number[NbSubtract] = func(a, b Value) (Value, *Exception) {
		return complexBinary(a, b, func(ar, ai, br, bi float64) (Value, *Exception) { return NewComplex(ar-br, ai-bi), nil })
	}
	t.Number[NbMultiply] = func(a, b Value) (Value, *Exception) {
		return complexBinary(a, b, func(ar, ai, br, bi float64) (Value, *Exception) {
			re, im := complexProd(ar, ai, br, bi)
			return NewComplex(re, im), nil
		})
	}
	t.Number[NbTrueDivide] = func(a, b Value) (Value, *Exception) {
		return complexBinary(a, b, func(ar, ai, br, bi float64) (Value, *Exception) {
			re, im, err := complexDiv(ar, ai, br, bi)
			if err != nil {
				return Value{}, fromPyErr(err)
			}
			return NewComplex(re, im), nil
		})
	}
	t.Number[NbPower] = func(a, b Value) (Value, *Exception) {
		return complexBinary(a, b, func(ar, ai, br, bi float64) (Value, *Exception) {
			re, im, err := complexPow(ar, ai, br, bi)
			if err != nil {
				return Value{}, fromPyErr(err)
			}
			return NewComplex(re, im), nil
		})
	}
	t.Repr = func(v Value) (Value, *Exception) {
		c := ptrOf[Complex](v)
		return StrValue(complexRepr(c.re, c.im)), nil
	}
	t.Hash = func(v Value) (int64, *Exception) {
		c := ptrOf[Complex](v)
		return hashComplex(c.re, c.im, v.Ptr()), nil
	}
	t.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		if op != Eq && op != Ne {
			return NotImplemented, nil
		}
		c := ptrOf[Complex](v)
		if _, _, isInt := intValue(w); isInt {
			// An int compares exactly with the real part, as float == int does.
			if c.im != 0 {
				return Bool(op == Ne), nil
			}
			return float_richcompare(Float(c.re), w, op)
		}
		br, bi, ok, err := complexOperand(w)
		if err != nil || !ok {
			return NotImplemented, err
		}
		return Bool((c.re == br && c.im == bi) == (op == Eq)), nil
	}
	t.Neg = func(v Value) (Value, *Exception) { c := ptrOf[Complex](v); return NewComplex(-c.re, -c.im), nil }
	t.Bool = func(v Value) (bool, *Exception) { c := ptrOf[Complex](v); return c.re != 0 || c.im != 0, nil }
	t.Abs = func(v Value) (Value, *Exception) {
		c := ptrOf[Complex](v)
		f, err := complexAbs(c.re, c.im)
		if err != nil {
			return Value{}, fromPyErr(err)
		}
		return Float(f), nil
	}
	t.getsets = []GetSetDef{
		{Name: "real", Get: func(v Value) (Value, *Exception) { return Float(ptrOf[Complex](v).re), nil },
			Member: true, Doc: "the real part of a complex number"},
		{Name: "imag", Get: func(v Value) (Value, *Exception) { return Float(ptrOf[Complex](v).im), nil },
			Member: true, Doc: "the imaginary part of a complex number"},
	}
}

var complexNewMethod = Method{Name: "complex", Sig: "real=, imag="}

// complex_new is complex(real=0, imag=0) and complex(str).
func complex_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	var buf [2]Value
	a, err := complexNewMethod.bindArgs(args, kw, "complex", buf[:0])
	if err != nil {
		return Value{}, err
	}
	if t == ComplexType && a[1].IsNull() && a[0].p != nil && a[0].Type() == ComplexType {
		return a[0], nil // complex(c) is c
	}
	if s, ok := a[0].TryStr(); ok {
		if !a[1].IsNull() {
			return Value{}, NewTypeError("complex() can't take second arg if first is a string")
		}
		re, im, perr := parseComplex(s.S)
		if perr != nil {
			return Value{}, fromPyErr(perr)
		}
		return newComplexOf(t, re, im), nil
	}
	// As CPython's complex_new: a complex (or __complex__) argument keeps
	// its imaginary part, a real one has none, so that signed zeros survive
	// (complex(0, -0.0) is 0-0j).
	var cr, ci [2]float64
	crComplex, ciComplex := false, false
	if !a[0].IsNull() {
		r, i, isC, ok, err := complexArg(a[0])
		if err != nil {
			return Value{}, err
		}
		if !ok {
			if _, isStr := a[1].TryStr(); isStr {
				return Value{}, NewTypeError("complex() second arg can't be a string")
			}
			return Value{}, NewTypeError("complex() first argument must be a string or a number, not '%s'", a[0].Type().Name)
		}
		cr, crComplex = [2]float64{r, i}, isC
	}
	if !a[1].IsNull() {
		if _, isStr := a[1].TryStr(); isStr {
			return Value{}, NewTypeError("complex() second arg can't be a string")
		}
		r, i, isC, ok, err := complexArg(a[1])
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, NewTypeError("complex() second argument must be a number, not '%s'", a[1].Type().Name)
		}
		ci, ciComplex = [2]float64{r, i}, isC
	} else {
		ci[0] = cr[1]
	}
	re, im := cr[0], ci[0]
	if ciComplex {
		re -= ci[1]
	}
	if crComplex && !a[1].IsNull() {
		im += cr[1]
	}
	return newComplexOf(t, re, im), nil
}

func init() {
	ComplexType.New = complex_new
	ComplexType.InstAttrs = func(v Value) *Attrs {
		if v.Type() == ComplexType {
			return nil
		}
		return &ptrOf[complexSub](v).attrs
	}
	ComplexType.Pos = func(v Value) (Value, *Exception) { c := ptrOf[Complex](v); return NewComplex(c.re, c.im), nil }
	ComplexType.methods = []Method{
		{Name: "__complex__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			c := ptrOf[Complex](self)
			return NewComplex(c.re, c.im), nil
		}},
		{Name: "__getnewargs__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			c := ptrOf[Complex](self)
			return TupleValue(Float(c.re), Float(c.im)), nil
		}},
		{Name: "conjugate", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			c := ptrOf[Complex](self)
			return NewComplex(c.re, -c.im), nil
		}},
		{Name: "__format__", Sig: "format_spec, /", Fn: func(self Value, a []Value) (Value, *Exception) {
			spec, ok := a[0].TryStr()
			if !ok {
				return Value{}, NewTypeError("format() argument 2 must be str, not %s", a[0].Type().Name)
			}
			c := ptrOf[Complex](self)
			s, err := formatComplex(c.re, c.im, spec.S, self.Type().Name)
			if err != nil {
				return Value{}, fromPyErr(err)
			}
			return StrValue(s), nil
		}},
	}
}
