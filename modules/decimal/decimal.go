// This file defines decimal.Decimal: the object, its construction from
// str, int, float, tuple and Decimal, the conversion of operands, and the
// context lookup every operation starts with.

package cdecimal

import (
	"math"
	"math/big"
	"unsafe"

	"krait/runtime"
)

// Decimal is a decimal.Decimal: its dec packed into 24 bytes, one
// allocation per result. ew holds a finite number's exponent, whether the
// coefficient is a big.Int and the sign as exp<<2 | big<<1 | neg; a
// special value's form, big flag and sign are specialTag + form<<2 |
// big<<1 | neg, below any finite one. Exponents stay within about
// 2 * 10**18 (the maximum context's Etiny and the exact-conversion
// limits), inside the 2**61 that the shift leaves. A coefficient (or NaN
// payload) that needs a big.Int lives in a decimalBig, whose first field is
// the Decimal: the common number is 24 bytes, not 32 (dec13_alloc.go).
type Decimal struct {
	runtime.Header
	ew int64
	lo uint64
}

// decimalBig is a Decimal whose coefficient is bc (the big flag is set).
type decimalBig struct {
	Decimal
	bc *big.Int
}

const specialTag = math.MinInt64

// finiteFloor is the smallest ew of a finite number.
const finiteFloor = specialTag + 16

// pack stores d in o, which must be a decimalBig when d.bc is not nil.
func (o *Decimal) pack(d *dec) {
	tag := int64(0)
	if d.neg {
		tag = 1
	}
	if d.bc != nil {
		tag |= 2
		(*decimalBig)(unsafe.Pointer(o)).bc = d.bc
	}
	if d.form == formFinite {
		o.ew = d.exp<<2 | tag
	} else {
		o.ew = specialTag + int64(d.form)<<2 | tag
	}
	o.lo = d.lo
}

// bc returns o's big coefficient, or nil.
func (o *Decimal) bc() *big.Int {
	if o.ew&2 == 0 {
		return nil
	}
	return (*decimalBig)(unsafe.Pointer(o)).bc
}

// unpack returns o's dec.
func (o *Decimal) unpack() dec {
	var d dec
	o.unpackInto(&d)
	return d
}

// decOf returns the dec of the Decimal v.
func decOf(v runtime.Value) dec { return asDecimal(v).unpack() }

// decimalSub is an instance of a subclass of Decimal: a Decimal with an
// instance dict, kept out of Decimal itself so that the common object
// stays in a smaller size class.
type decimalSub struct {
	decimalBig
	attrs *runtime.Attrs
}

// decimalAttrs is Decimal's InstAttrs: only subclass instances have a
// dict.
func decimalAttrs(v runtime.Value) *runtime.Attrs {
	if v.Type() == DecimalType {
		return nil
	}
	return runtime.PtrOf[decimalSub](v).attrs
}

// DecimalType is decimal.Decimal.
var DecimalType *runtime.Type

var decimalNewMethod = runtime.Method{Name: "Decimal", Sig: "value=\"0\", context=None"}

func asDecimal(v runtime.Value) *Decimal { return runtime.PtrOf[Decimal](v) }

func isDecimal(v runtime.Value) bool { return runtime.IsInstance(v, DecimalType) }

// newDecimal wraps d in a Decimal of type t.
func newDecimalOf(t *runtime.Type, d dec) runtime.Value {
	if t == DecimalType {
		return newDecimal(d)
	}
	o := &decimalSub{attrs: &runtime.Attrs{}}
	o.Header = runtime.HeaderFor(t)
	o.pack(&d)
	return runtime.ValueOf(o)
}

// newDecimal wraps d in a Decimal (dec13_alloc.go allocates it).
func newDecimal(d dec) runtime.Value { return runtime.ValueOf(allocDecimal(&d)) }

// contextArg returns the context argument v, or the current context when
// v is absent or None.
func contextArg(v runtime.Value) (*Context, *runtime.Exception) {
	if v.IsNull() || v == runtime.None {
		return currentContext()
	}
	if !isContext(v) {
		return nil, runtime.NewTypeError("optional argument must be a context")
	}
	return asContext(v), nil
}

func decimal_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	var v, ctx runtime.Value
	if len(args) == 1 && len(kwnames) == 0 {
		v = args[0] // the common Decimal(x): no binding needed
	} else {
		a, err := decimalNewMethod.BindArgs(args, kwnames, "Decimal")
		if err != nil {
			return runtime.Value{}, err
		}
		v, ctx = a[0], a[1]
	}
	c, err := contextArg(ctx)
	if err != nil {
		return runtime.Value{}, err
	}
	if v.IsNull() {
		return newDecimalOf(t, finite(false, bigZero, 0)), nil
	}
	if t == DecimalType && v.Type() == DecimalType {
		return v, nil
	}
	d, err := exactDec(v, c)
	if err != nil {
		return runtime.Value{}, err
	}
	return newDecimalOf(t, d), nil
}

// exactDec converts a constructor argument exactly, raising the
// conversion's conditions in c.
func exactDec(v runtime.Value, c *Context) (dec, *runtime.Exception) {
	if v.IsSmallInt() { // Decimal(i * 7919 % 100000): no isinstance walk
		var d dec
		loadOperand(v, &d)
		return d, nil
	}
	if v.Type() == runtime.StrType {
		return decFromStrValue(v, c)
	}
	switch {
	case isDecimal(v):
		return decOf(v), nil
	case runtime.IsInstance(v, runtime.StrType):
		s, _ := runtime.StrOf(v)
		return decFromString(s.String(), c)
	case runtime.IsInstance(v, runtime.IntType):
		return decFromInt(v), nil
	case runtime.IsInstance(v, runtime.FloatType):
		if err := c.raise(condFloatOp); err != nil {
			return dec{}, err
		}
		f, _ := runtime.FloatValueOf(v)
		return decFromFloat(f), nil
	case runtime.IsInstance(v, runtime.TupleType) || runtime.IsInstance(v, runtime.ListType):
		d, err := decFromTuple(v)
		if err == nil && d.form == formFinite && !c.exactRange(&d) {
			return quietNaN(), c.raise(condInvalidOp)
		}
		return d, err
	}
	return dec{}, runtime.NewTypeError("conversion from %s to Decimal is not supported", v.Type().Name)
}

// decFromString converts s exactly; a syntax error raises
// ConversionSyntax and gives NaN.
func decFromString(s string, c *Context) (dec, *runtime.Exception) {
	t, ok := normalizeNumeric(s, true)
	var d dec
	if ok {
		d, ok = parseDecimal(t)
	}
	if !ok {
		return quietNaN(), c.raise(condConvSyntax)
	}
	if !d.isSpecial() && !c.exactRange(&d) {
		return quietNaN(), c.raise(condInvalidOp)
	}
	return d, nil
}

func decFromInt(v runtime.Value) dec {
	small, b, _ := runtime.IntParts(v)
	if b == nil {
		neg := small < 0
		u := uint64(small)
		if neg {
			u = -u
		}
		return finiteU(neg, u, 0)
	}
	return finite(b.Sign() < 0, new(big.Int).Abs(b), 0)
}

// decFromFloat converts f exactly: m * 2**e becomes m * 5**-e * 10**e.
func decFromFloat(f float64) dec {
	neg := math.Signbit(f)
	switch {
	case math.IsNaN(f):
		return dec{neg: neg, form: formNaN}
	case math.IsInf(f, 0):
		return infinity(neg)
	case f == 0:
		return finite(neg, bigZero, 0)
	}
	frac, e := math.Frexp(math.Abs(f))
	m := uint64(frac * (1 << 53))
	e -= 53
	for m&1 == 0 {
		m >>= 1
		e++
	}
	c := new(big.Int).SetUint64(m)
	if e >= 0 {
		return finite(neg, c.Lsh(c, uint(e)), 0)
	}
	c.Mul(c, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-e)), nil))
	return finite(neg, c, int64(e))
}

// decFromTuple converts (sign, digits, exponent).
func decFromTuple(v runtime.Value) (dec, *runtime.Exception) {
	items, err := runtime.IterItems(v)
	if err != nil {
		return dec{}, err
	}
	if len(items) != 3 {
		return dec{}, runtime.NewValueError("argument must be a sequence of length 3")
	}
	sign, ok := runtime.IntOf(items[0])
	if !ok || !runtime.IsInstance(items[0], runtime.IntType) || (sign != 0 && sign != 1) {
		return dec{}, runtime.NewValueError("sign must be an integer with the value 0 or 1")
	}
	form := uint8(formFinite)
	var exp int64
	if runtime.IsInstance(items[2], runtime.StrType) {
		s, _ := runtime.StrOf(items[2])
		switch s.String() {
		case "F":
			form = formInf
		case "n":
			form = formNaN
		case "N":
			form = formSNaN
		default:
			return dec{}, runtime.NewValueError("string argument in the third position must be 'F', 'n' or 'N'")
		}
	} else {
		if !runtime.IsInstance(items[2], runtime.IntType) {
			return dec{}, runtime.NewValueError("exponent must be an integer")
		}
		e, ok := runtime.IntOf(items[2])
		if !ok {
			return dec{}, runtime.NewOverflowError("Python int too large to convert to C ssize_t")
		}
		exp = e
	}
	if !runtime.IsInstance(items[1], runtime.TupleType) && !runtime.IsInstance(items[1], runtime.ListType) {
		return dec{}, runtime.NewValueError("coefficient must be a tuple of digits")
	}
	digits, err := runtime.IterItems(items[1])
	if err != nil {
		return dec{}, err
	}
	buf := make([]byte, 0, len(digits))
	for _, dv := range digits {
		n, ok := runtime.IntOf(dv)
		if !ok || !runtime.IsInstance(dv, runtime.IntType) || n < 0 || n > 9 {
			return dec{}, runtime.NewValueError("coefficient must be a tuple of digits")
		}
		if len(buf) > 0 || n != 0 {
			buf = append(buf, byte('0'+n))
		}
	}
	coef := new(big.Int)
	if len(buf) > 0 && form != formInf {
		coef.SetString(string(buf), 10)
	}
	d := withPayload(sign == 1, form, coef)
	d.exp = exp
	return d, nil
}

// operandRaise is operand for method arguments: another type is a
// TypeError.
func operandRaise(v runtime.Value) (dec, *runtime.Exception) {
	d, ok := operand(v)
	if !ok {
		return dec{}, runtime.NewTypeError("conversion from %s to Decimal is not supported", v.Type().Name)
	}
	return d, nil
}

// exactRange reports whether the finite d is within the limits of an
// exact conversion (libmpdec's maximum context).
func (c *Context) exactRange(d *dec) bool {
	return d.exp <= maxEmax-int64(d.digits())+1 && d.exp >= minEmin-maxPrec+1
}

// finish raises the conditions st in c and wraps d.
func finish(d dec, c *Context, st uint32) (runtime.Value, *runtime.Exception) {
	if st != 0 {
		if err := c.raise(st); err != nil {
			return runtime.Value{}, err
		}
	}
	return newDecimal(d), nil
}
