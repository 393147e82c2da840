// This file defines the Decimal type object and its methods outside the
// shared operation table: quantize, the to_integral family, rounding and
// the numeric conversions, as_tuple and as_integer_ratio, pickling and
// from_float; and the Context methods that mirror them.

package cdecimal

import (
	"math/big"

	"krait/runtime"
)

func roundingArg(v runtime.Value, c *Context) (int, *runtime.Exception) {
	if v.IsNull() || v == runtime.None {
		return c.p.round, nil
	}
	if m, ok := roundingIdentity(v); ok {
		return m, nil
	}
	return roundingOf(v)
}

func decimal_quantize(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	var y dec
	if !loadOperand(a[0], &y) {
		_, err := operandRaise(a[0])
		return runtime.Value{}, err
	}
	c, err := contextArg(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	mode, err := roundingArg(a[1], c)
	if err != nil {
		return runtime.Value{}, err
	}
	return quantizeVia(self, &y, mode, c)
}

func toIntegralMethod(exact bool) runtime.MethodFunc {
	return func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		c, err := contextArg(a[1])
		if err != nil {
			return runtime.Value{}, err
		}
		mode, err := roundingArg(a[0], c)
		if err != nil {
			return runtime.Value{}, err
		}
		var st uint32
		xd := decOf(self)
		r := toIntegral(&xd, mode, exact, &c.p, &st)
		return finish(r, c, st)
	}
}

func decimal_round(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	xd := decOf(self)
	d := &xd
	if a[0].IsNull() {
		return truncInt(d, roundHalfEven)
	}
	if !runtime.IsInstance(a[0], runtime.IntType) {
		return runtime.Value{}, runtime.NewTypeError("optional arg must be an integer")
	}
	n, ok := runtime.IntOf(a[0])
	if !ok {
		return runtime.Value{}, runtime.NewOverflowError("Python int too large to convert to C ssize_t")
	}
	c, err := currentContext()
	if err != nil {
		return runtime.Value{}, err
	}
	q := finite(false, bigOne, -n)
	var st uint32
	r := quantizeDec(d, &q, c.p.round, &c.p, &st)
	return finish(r, c, st)
}

func intMethod(mode int) runtime.MethodFunc {
	return func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		xd := decOf(self)
		return truncInt(&xd, mode)
	}
}

func decimal_as_tuple(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	xd := decOf(self)
	d := &xd
	var digits []runtime.Value
	if d.form != formInf && !(d.isNaN() && d.coefZero()) {
		for _, ch := range d.coefBig().String() {
			digits = append(digits, runtime.Int(int64(ch-'0')))
		}
	} else if d.form == formInf {
		digits = []runtime.Value{runtime.Int(0)}
	}
	var exp runtime.Value
	switch d.form {
	case formInf:
		exp = runtime.StrValue("F")
	case formNaN:
		exp = runtime.StrValue("n")
	case formSNaN:
		exp = runtime.StrValue("N")
	default:
		exp = runtime.Int(d.exp)
	}
	sign := int64(0)
	if d.neg {
		sign = 1
	}
	return runtime.Call(decimalTuple, []runtime.Value{runtime.Int(sign), runtime.TupleValue(digits...), exp}, nil)
}

func decimal_as_integer_ratio(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	xd := decOf(self)
	d := &xd
	if d.isNaN() {
		return runtime.Value{}, runtime.NewValueError("cannot convert NaN to integer ratio")
	}
	if d.isInf() {
		return runtime.Value{}, runtime.NewOverflowError("cannot convert Infinity to integer ratio")
	}
	n := new(big.Int).Set(d.coefBig())
	den := big.NewInt(1)
	if d.exp >= 0 {
		n = mulPow10(n, d.exp)
	} else {
		den = new(big.Int).Set(pow10(-d.exp))
		g := new(big.Int).GCD(nil, nil, n, den)
		if g.Sign() != 0 {
			n.Quo(n, g)
			den.Quo(den, g)
		}
	}
	if d.neg {
		n.Neg(n)
	}
	return runtime.TupleValue(runtime.NewIntBig(n), runtime.NewIntBig(den)), nil
}

func decimal_to_eng_string(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	c, err := contextArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	xd := decOf(self)
	return runtime.StrValue(toString(&xd, true, c.capitals != 0)), nil
}

func decimal_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	xd := decOf(self)
	s := toString(&xd, false, true)
	return runtime.TupleValue(runtime.ValueOf(self.Type()), runtime.TupleValue(runtime.StrValue(s))), nil
}

func decimal_copy(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return self, nil
}

func decimal_from_float(cls runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d, err := decFromIntOrFloat(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	v := newDecimal(d)
	if cls != runtime.ValueOf(DecimalType) {
		return runtime.Call(cls, []runtime.Value{v}, nil)
	}
	return v, nil
}

func decimal_adjusted(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	xd := decOf(self)
	return runtime.Int(xd.adjusted()), nil
}

func decimal_radix(runtime.Value, []runtime.Value) (runtime.Value, *runtime.Exception) {
	return newDecimal(finite(false, pow10(1), 0)), nil
}

func decimal_complex(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	f, err := decimal_float(self)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Call(runtime.ValueOf(runtime.ComplexType), []runtime.Value{f}, nil)
}

// decimal_sizeof is C's: the object, plus the coefficient's 64-bit words
// when they outgrow the four stored inline.
func decimal_sizeof(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	xd := decOf(self)
	words := (int64(xd.digits()) + 18) / 19
	if words <= 4 {
		return runtime.Int(104), nil
	}
	return runtime.Int(104 + 8*words), nil
}

func decimal_rdivmod(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return decimal_divmod(a[0], self)
}

func decimal_ddivmod(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return decimal_divmod(self, a[0])
}

func decimal_rpow(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	m := a[1]
	if m.IsNull() {
		m = runtime.None
	}
	return decimal_pow3(a[0], self, m)
}

func decimalMethods() []runtime.Method {
	return []runtime.Method{
		{Name: "quantize", Sig: "exp, rounding=None, context=None", Fn: decimal_quantize, Vec: decimal_quantize_vec,
			One: decimal_quantize_one, Two: decimal_quantize_two},
		{Name: "to_integral", Sig: "rounding=None, context=None", Fn: toIntegralMethod(false)},
		{Name: "to_integral_value", Sig: "rounding=None, context=None", Fn: toIntegralMethod(false)},
		{Name: "to_integral_exact", Sig: "rounding=None, context=None", Fn: toIntegralMethod(true)},
		{Name: "__round__", Sig: "n=, /", Fn: decimal_round},
		{Name: "__floor__", Flags: runtime.MethNoArgs, Fn: intMethod(roundFloor)},
		{Name: "__ceil__", Flags: runtime.MethNoArgs, Fn: intMethod(roundCeiling)},
		{Name: "__trunc__", Flags: runtime.MethNoArgs, Fn: intMethod(roundDown)},
		{Name: "__complex__", Flags: runtime.MethNoArgs, Fn: decimal_complex},
		{Name: "as_tuple", Flags: runtime.MethNoArgs, Fn: decimal_as_tuple},
		{Name: "as_integer_ratio", Flags: runtime.MethNoArgs, Fn: decimal_as_integer_ratio},
		{Name: "adjusted", Flags: runtime.MethNoArgs, Fn: decimal_adjusted},
		{Name: "radix", Flags: runtime.MethNoArgs, Fn: decimal_radix},
		{Name: "conjugate", Flags: runtime.MethNoArgs, Fn: decimal_copy},
		{Name: "to_eng_string", Sig: "context=None", Fn: decimal_to_eng_string},
		{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: decimal_reduce},
		{Name: "__copy__", Flags: runtime.MethNoArgs, Fn: decimal_copy},
		{Name: "__deepcopy__", Flags: runtime.MethO, Fn: decimal_copy},
		{Name: "__sizeof__", Flags: runtime.MethNoArgs, Fn: decimal_sizeof},
		{Name: "__format__", Sig: "format_spec, override=, /", Fn: decimal_format},
		{Name: "__divmod__", Flags: runtime.MethO, Fn: decimal_ddivmod},
		{Name: "__rdivmod__", Flags: runtime.MethO, Fn: decimal_rdivmod},
		{Name: "from_float", Flags: runtime.MethClass | runtime.MethO, Fn: decimal_from_float},
	}
}

var decimalGetSets = []runtime.GetSetDef{
	{Name: "real", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return v, nil }},
	{Name: "imag", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		return newDecimal(finite(false, bigZero, 0)), nil
	}},
}

func initDecimal() {
	methods := append(decimalOpMethods(), decimalMethods()...)
	DecimalType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "decimal.Decimal",
		Flags:   runtime.FlagBaseType | runtime.FlagNoWeakrefs,
		Doc:     "Construct a new Decimal object. 'value' can be an integer, string, tuple,\nor another Decimal object. If no value is given, return Decimal('0'). The\ncontext does not affect the conversion and is only passed to determine if\nthe InvalidOperation trap is active.\n\n",
		Methods: methods,
		GetSets: decimalGetSets,
	}, func(t *runtime.Type) {
		t.New = decimal_new
		t.Repr = decimal_repr
		t.Str = decimal_str
		t.Hash = decimal_hash
		t.RichCompare = decimal_richcompare
		t.Bool = decimal_bool
		t.Int = decimal_int
		t.Float = decimal_float
		t.Neg = unarySlot(func(x *dec) bool { return true })
		t.Pos = unarySlot(func(x *dec) bool { return false })
		t.Abs = unarySlot(func(x *dec) bool { return x.neg })
		t.Number[runtime.NbAdd] = packedSlot(0, binarySlot(addDec)) // dec15_slots.go
		t.Number[runtime.NbSubtract] = packedSlot(1, binarySlot(subDec))
		t.Number[runtime.NbMultiply] = packedSlot(2, binarySlot(mulDec))
		t.Number[runtime.NbTrueDivide] = packedSlot(3, binarySlot(divDec))
		t.Number[runtime.NbFloorDivide] = binarySlot(floorDivDec)
		t.Number[runtime.NbRemainder] = binarySlot(remDec)
		t.Number[runtime.NbPower] = decimal_pow
		t.Pow3 = decimal_pow3
		t.InstAttrs = decimalAttrs
	})
	// Decimal's __init__ is object.__init__, which never raises for it
	// (its __new__ is its own): with the slot empty, type_call skips the
	// call and its two MRO lookups on every Decimal(x). Decimal.__init__
	// still finds object.__init__ along the MRO, and a subclass that
	// defines __init__ gets its own slot.
	DecimalType.Init = nil
}

// The Context methods outside the operation table.
func contextExtraMethods() []runtime.Method {
	return []runtime.Method{
		{Name: "quantize", Sig: "x, y, /", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
			x, err := operandRaise(a[0])
			if err != nil {
				return runtime.Value{}, err
			}
			y, err := operandRaise(a[1])
			if err != nil {
				return runtime.Value{}, err
			}
			c := asContext(self)
			var st uint32
			return finish(quantizeDec(&x, &y, c.p.round, &c.p, &st), c, st)
		}},
		{Name: "to_integral", Sig: "x, /", Fn: contextToIntegral(false)},
		{Name: "to_integral_value", Sig: "x, /", Fn: contextToIntegral(false)},
		{Name: "to_integral_exact", Sig: "x, /", Fn: contextToIntegral(true)},
		{Name: "power", Sig: "a, b, modulo=None", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
			xs := make([]dec, 0, 3)
			for i, v := range a {
				if i == 2 && (v.IsNull() || v == runtime.None) {
					break
				}
				d, err := operandRaise(v)
				if err != nil {
					return runtime.Value{}, err
				}
				xs = append(xs, d)
			}
			return powerOp(xs, asContext(self))
		}},
		{Name: "to_sci_string", Sig: "x, /", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
			x, err := operandRaise(a[0])
			if err != nil {
				return runtime.Value{}, err
			}
			return runtime.StrValue(toString(&x, false, asContext(self).capitals != 0)), nil
		}},
		{Name: "to_eng_string", Sig: "x, /", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
			x, err := operandRaise(a[0])
			if err != nil {
				return runtime.Value{}, err
			}
			return runtime.StrValue(toString(&x, true, asContext(self).capitals != 0)), nil
		}},
		{Name: "radix", Flags: runtime.MethNoArgs, Fn: decimal_radix},
		{Name: "create_decimal", Sig: "num=\"0\", /", Fn: context_create_decimal},
		{Name: "create_decimal_from_float", Sig: "f, /", Fn: context_create_decimal_from_float},
		{Name: "_apply", Flags: runtime.MethO, Fn: context_apply},
	}
}

func contextToIntegral(exact bool) runtime.MethodFunc {
	return func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		x, err := operandRaise(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		c := asContext(self)
		var st uint32
		return finish(toIntegral(&x, c.p.round, exact, &c.p, &st), c, st)
	}
}

// roundToContext rounds an exactly converted value to c.
func roundToContext(d dec, c *Context) (runtime.Value, *runtime.Exception) {
	var st uint32
	if d.isNaN() && !d.coefZero() && int64(d.digits()) > c.p.prec-int64(c.p.clamp) {
		st |= condConvSyntax
		d = quietNaN()
	} else {
		d = finalize(d, &c.p, &st)
	}
	return finish(d, c, st)
}

func context_create_decimal(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := asContext(self)
	if a[0].IsNull() {
		return roundToContext(finite(false, bigZero, 0), c)
	}
	if runtime.IsInstance(a[0], runtime.StrType) {
		s, _ := runtime.StrOf(a[0])
		t, ok := normalizeNumeric(s.String(), false)
		var d dec
		if ok {
			d, ok = parseDecimal(t)
		}
		if !ok {
			return finish(quietNaN(), c, condConvSyntax)
		}
		return roundToContext(d, c)
	}
	var d dec
	var err *runtime.Exception
	if runtime.IsInstance(a[0], runtime.TupleType) || runtime.IsInstance(a[0], runtime.ListType) {
		d, err = decFromTuple(a[0])
	} else {
		d, err = exactDec(a[0], c)
	}
	if err != nil {
		return runtime.Value{}, err
	}
	return roundToContext(d, c)
}

func context_create_decimal_from_float(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := asContext(self)
	d, err := decFromIntOrFloat(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return roundToContext(d, c)
}

func context_apply(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	x, err := operandRaise(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	c := asContext(self)
	var st uint32
	return finish(finalize(x, &c.p, &st), c, st)
}

// decFromIntOrFloat is the exact value of the int or float v, for
// Decimal.from_float and Context.create_decimal_from_float.
func decFromIntOrFloat(v runtime.Value) (dec, *runtime.Exception) {
	switch {
	case runtime.IsInstance(v, runtime.IntType):
		return decFromInt(v), nil
	case runtime.IsInstance(v, runtime.FloatType):
		f, _ := runtime.FloatValueOf(v)
		return decFromFloat(f), nil
	}
	return dec{}, runtime.NewTypeError("argument must be int or float")
}
