// This file defines Decimal's protocol slots: str and repr, hash (CPython's
// numeric hash), comparison with Decimal, int, float, Fraction and
// complex, truth, the arithmetic operators and the int/float conversions.

package cdecimal

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"krait/runtime"
)

func decimal_str(v runtime.Value) (runtime.Value, *runtime.Exception) {
	if r, ok := strPlain(asDecimal(v)); ok { // dec15_str.go
		return r, nil
	}
	c, err := currentContext()
	if err != nil {
		return runtime.Value{}, err
	}
	xd := decOf(v)
	return runtime.StrValue(toString(&xd, false, c.capitals != 0)), nil
}

func decimal_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	if r, ok := reprPlain(asDecimal(v)); ok { // dec15_str.go
		return r, nil
	}
	c, err := currentContext()
	if err != nil {
		return runtime.Value{}, err
	}
	xd := decOf(v)
	return runtime.StrValue("Decimal('" + toString(&xd, false, c.capitals != 0) + "')"), nil
}

// hashModulus is CPython's _PyHASH_MODULUS, 2**61 - 1.
const hashModulus = 1<<61 - 1

// bigHashModulus is hashModulus; bigTenInverse, the inverse of 10 modulo
// it, is computed on the module's first import (startup10_tables.go).
var bigHashModulus = big.NewInt(hashModulus)

var bigTenInverse *big.Int

func decimal_hash(v runtime.Value) (int64, *runtime.Exception) {
	d := decOf(v)
	switch d.form {
	case formSNaN:
		return -1, runtime.NewTypeError("Cannot hash a signaling NaN value")
	case formNaN:
		return runtime.ObjectType.Hash(v)
	case formInf:
		if d.neg {
			return -314159, nil
		}
		return 314159, nil
	}
	// coef * 10**exp modulo the hash modulus, with 10**-1 its inverse.
	cm := d.lo % hashModulus
	if d.bc != nil {
		cm = new(big.Int).Mod(d.bc, bigHashModulus).Uint64()
	}
	var pw uint64
	if d.exp >= 0 {
		pw = powModHash(10, uint64(d.exp))
	} else {
		pw = powModHash(tenInverse().Uint64(), uint64(-d.exp))
	}
	h := int64(mulModHash(cm, pw))
	if d.neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

// mulModHash returns a * b modulo the hash modulus (a, b below it).
func mulModHash(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	_, r := bits.Div64(hi, lo, hashModulus)
	return r
}

// powModHash returns b**e modulo the hash modulus.
func powModHash(b, e uint64) uint64 {
	r := uint64(1)
	for ; e != 0; e >>= 1 {
		if e&1 == 1 {
			r = mulModHash(r, b)
		}
		b = mulModHash(b, b)
	}
	return r
}

// rationalType is numbers.Rational, imported on first use.
var rationalType runtime.Value

func isRational(w runtime.Value) bool {
	if rationalType.IsNull() {
		m, err := runtime.ImportModule("numbers")
		if err != nil {
			return false
		}
		r, err := runtime.GetAttrString(m, "Rational")
		if err != nil {
			return false
		}
		rationalType = r
	}
	ok, err := runtime.IsInstanceOf(w, rationalType)
	return ok && err == nil
}

// cmpOperands converts the operands of a comparison: x (possibly scaled
// by a Fraction's denominator) and y. ok is false when the comparison is
// not supported (NotImplemented).
func cmpOperands(v, w runtime.Value, op runtime.CompareOp, c *Context) (x, y dec, ok bool, err *runtime.Exception) {
	x = decOf(v)
	if d, good := operand(w); good {
		return x, d, true, nil
	}
	if runtime.IsInstance(w, runtime.ComplexType) && (op == runtime.Eq || op == runtime.Ne) {
		re, im, _ := runtime.ComplexParts(w)
		if im != 0 {
			return x, y, false, nil
		}
		w = runtime.Float(re)
	}
	if runtime.IsInstance(w, runtime.FloatType) {
		if op == runtime.Eq || op == runtime.Ne {
			c.flags |= condFloatOp
		} else if err := c.raise(condFloatOp); err != nil {
			return x, y, false, err
		}
		f, _ := runtime.FloatValueOf(w)
		return x, decFromFloat(f), true, nil
	}
	if isRational(w) {
		num, err := runtime.GetAttrString(w, "numerator")
		if err != nil {
			return x, y, false, err
		}
		den, err := runtime.GetAttrString(w, "denominator")
		if err != nil {
			return x, y, false, err
		}
		if !runtime.IsInstance(num, runtime.IntType) || !runtime.IsInstance(den, runtime.IntType) {
			return x, y, false, nil
		}
		y = decFromInt(num)
		if x.form == formFinite {
			dd := decFromInt(den)
			x = finite(x.neg, new(big.Int).Mul(x.coefBig(), dd.coefBig()), x.exp)
		}
		return x, y, true, nil
	}
	return x, y, false, nil
}

func decimal_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if r, ok := comparePacked(v, w, op); ok { // dec15_slots.go
		return r, nil
	}
	if r, ok := quickCompare(v, w, op); ok {
		return r, nil
	}
	c, err := currentContext()
	if err != nil {
		return runtime.Value{}, err
	}
	x, y, ok, err := cmpOperands(v, w, op, c)
	if err != nil || !ok {
		return runtime.NotImplemented, err
	}
	if x.isNaN() || y.isNaN() {
		eqop := op == runtime.Eq || op == runtime.Ne
		if !eqop || x.form == formSNaN || y.form == formSNaN {
			if err := c.raise(condInvalidOp); err != nil {
				return runtime.Value{}, err
			}
		}
		return runtime.Bool(op == runtime.Ne), nil
	}
	return runtime.Bool(op.Result(cmpDec(&x, &y))), nil
}

// binaryOperands converts a number slot's operands and fetches the
// current context; when c is nil the slot returns res, err (NotImplemented
// for an operand that is not a number Decimal mixes with, or the error).
func binaryOperands(a, b runtime.Value) (x, y dec, c *Context, res runtime.Value, err *runtime.Exception) {
	x, ok := operand(a)
	if !ok {
		return x, y, nil, runtime.NotImplemented, nil
	}
	y, ok = operand(b)
	if !ok {
		return x, y, nil, runtime.NotImplemented, nil
	}
	c, err = currentContext()
	return x, y, c, runtime.Value{}, err
}

func unarySlot(neg func(x *dec) bool) runtime.UnaryFunc {
	return func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		c, err := currentContext()
		if err != nil {
			return runtime.Value{}, err
		}
		xd := decOf(v)
		x := &xd
		var st uint32
		r := plusDec(x, neg(x), &c.p, &st)
		return finish(r, c, st)
	}
}

func decimal_pow(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	return decimal_pow3(a, b, runtime.None)
}

func decimal_pow3(a, b, m runtime.Value) (runtime.Value, *runtime.Exception) {
	x, ok := operand(a)
	if !ok {
		return runtime.NotImplemented, nil
	}
	y, ok := operand(b)
	if !ok {
		return runtime.NotImplemented, nil
	}
	xs := []dec{x, y}
	if m != runtime.None {
		z, ok := operand(m)
		if !ok {
			return runtime.NotImplemented, nil
		}
		xs = append(xs, z)
	}
	c, err := currentContext()
	if err != nil {
		return runtime.Value{}, err
	}
	return powerOp(xs, c)
}

func powerOp(xs []dec, c *Context) (runtime.Value, *runtime.Exception) {
	var st uint32
	if len(xs) == 2 {
		if r, ok := intPower(&xs[0], &xs[1], &c.p, &st); ok {
			return finish(r, c, st)
		}
	}
	if c.p.prec > maxFallbackPrec {
		return finish(quietNaN(), c, condMallocError)
	}
	var extra []runtime.Value
	if len(xs) == 2 {
		extra = []runtime.Value{runtime.None}
	}
	r, err := fallbackDec("__pow__", xs, extra, c, &st)
	if err != nil {
		return runtime.Value{}, err
	}
	return finish(r, c, st)
}

func decimal_divmod(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	x, y, c, res, err := binaryOperands(a, b)
	if c == nil {
		return res, err
	}
	var st uint32
	q, r := divmodDec(&x, &y, &c.p, &st)
	if err := c.raise(st); err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(newDecimal(q), newDecimal(r)), nil
}

// truncInt returns d rounded to an integer under mode as a Python int.
func truncInt(d *dec, mode int) (runtime.Value, *runtime.Exception) {
	if d.isNaN() {
		return runtime.Value{}, runtime.NewValueError("cannot convert NaN to integer")
	}
	if d.isInf() {
		return runtime.Value{}, runtime.NewOverflowError("cannot convert Infinity to integer")
	}
	r := rescale(d, 0, mode)
	n := new(big.Int).Set(r.coefBig())
	if r.exp > 0 {
		n = mulPow10(n, r.exp)
	}
	if r.neg {
		n.Neg(n)
	}
	return runtime.NewIntBig(n), nil
}

func decimal_int(v runtime.Value) (runtime.Value, *runtime.Exception) {
	xd := decOf(v)
	return truncInt(&xd, roundDown)
}

func decimal_float(v runtime.Value) (runtime.Value, *runtime.Exception) {
	xd := decOf(v)
	d := &xd
	if d.isNaN() {
		if d.form == formSNaN {
			return runtime.Value{}, runtime.NewValueError("cannot convert signaling NaN to float")
		}
		if d.neg {
			return runtime.Float(math.Copysign(math.NaN(), -1)), nil
		}
		return runtime.Float(math.NaN()), nil
	}
	f, _ := strconv.ParseFloat(toString(d, false, true), 64)
	return runtime.Float(f), nil
}

func decimal_bool(v runtime.Value) (bool, *runtime.Exception) {
	xd := decOf(v)
	d := &xd
	return d.isSpecial() || !d.coefZero(), nil
}
