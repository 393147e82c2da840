// This file defines the table of operations that Decimal and Context
// both expose (Decimal.exp(context=None) and Context.exp(x), ...), and
// builds the two kinds of methods from it.

package cdecimal

import (
	"math/big"

	"krait/runtime"
)

// Where an operation is exposed.
const (
	onBoth = iota
	onDecimal
	onContext
)

// opDef is one operation: nargs operands after the first, and fn, which
// computes the result and adds its conditions to st. noCtx marks the
// Decimal methods that take no context argument.
type opDef struct {
	name  string
	nargs int
	where int
	noCtx bool
	fn    func(x []dec, c *Context, st *uint32) (runtime.Value, *runtime.Exception)
}

func decRes(d dec) (runtime.Value, *runtime.Exception) { return newDecimal(d), nil }

func boolRes(b bool) (runtime.Value, *runtime.Exception) { return runtime.Bool(b), nil }

// unary and binary adapt arithmetic on decs to an opDef's fn.
func unary(f func(x *dec, p *params, st *uint32) dec) func([]dec, *Context, *uint32) (runtime.Value, *runtime.Exception) {
	return func(x []dec, c *Context, st *uint32) (runtime.Value, *runtime.Exception) {
		return decRes(f(&x[0], &c.p, st))
	}
}

func binary(f func(x, y *dec, p *params, st *uint32) dec) func([]dec, *Context, *uint32) (runtime.Value, *runtime.Exception) {
	return func(x []dec, c *Context, st *uint32) (runtime.Value, *runtime.Exception) {
		return decRes(f(&x[0], &x[1], &c.p, st))
	}
}

func pred(f func(x *dec, c *Context) bool) func([]dec, *Context, *uint32) (runtime.Value, *runtime.Exception) {
	return func(x []dec, c *Context, st *uint32) (runtime.Value, *runtime.Exception) {
		return boolRes(f(&x[0], c))
	}
}

// viaPy runs the operation in _pydecimal.
func viaPy(name string) func([]dec, *Context, *uint32) (runtime.Value, *runtime.Exception) {
	return func(x []dec, c *Context, st *uint32) (runtime.Value, *runtime.Exception) {
		if c.p.prec > maxFallbackPrec && !exactTranscendental(name, &x[0]) {
			if name == "exp" {
				*st |= condInvalidOp // as libmpdec's exp refuses such a precision
			} else {
				*st |= condMallocError
			}
			return decRes(quietNaN())
		}
		return fallback(name, x, nil, c, st)
	}
}

// maxFallbackPrec is the precision above which an inexact exp, ln or
// log10 would need more digits than can be computed (C's libmpdec runs
// out of memory there too).
const maxFallbackPrec = 100000

// exactTranscendental reports whether name (exp, ln, log10; any other
// operation counts as exact) has an exact or special result for x, which
// _pydecimal finds without computing prec digits.
func exactTranscendental(name string, x *dec) bool {
	if x.isSpecial() || x.coefZero() || x.neg {
		return true
	}
	switch name {
	case "exp":
		return false
	case "ln", "log10":
		return isPowerOfTen(x.coefBig()) && (name == "log10" || x.adjusted() == 0)
	}
	return true
}

func isPowerOfTen(c *big.Int) bool {
	n := int64(numDigits(c))
	return c.Cmp(pow10(n-1)) == 0
}

func isNormal(x *dec, c *Context) bool {
	return x.form == formFinite && !x.coefZero() && x.adjusted() >= c.p.emin
}

func isSubnormal(x *dec, c *Context) bool {
	return x.form == formFinite && !x.coefZero() && x.adjusted() < c.p.emin
}

func subDec(x, y *dec, p *params, st *uint32) dec {
	if r, ok := checkNaNs(x, y, st); ok {
		return finalize(r, p, st)
	}
	ny := *y
	ny.neg = !ny.neg
	return addDec(x, &ny, p, st)
}

// compareDec is the specification's compare: -1, 0, 1 or a NaN.
func compareDec(x, y *dec, p *params, st *uint32) dec {
	if r, ok := checkNaNs(x, y, st); ok {
		return finalize(r, p, st)
	}
	return intDec(cmpDec(x, y))
}

func compareSignalDec(x, y *dec, p *params, st *uint32) dec {
	if x.isNaN() || y.isNaN() {
		*st |= condInvalidOp
		if r, ok := checkNaNs(x, y, st); ok {
			return finalize(r, p, st)
		}
	}
	return intDec(cmpDec(x, y))
}

func intDec(n int) dec {
	if n < 0 {
		return finite(true, bigOne, 0)
	}
	if n == 0 {
		return finite(false, bigZero, 0)
	}
	return finite(false, bigOne, 0)
}

func copySign(x, y *dec) dec {
	r := *x
	r.neg = y.neg
	return r
}

func numberClass(x *dec, c *Context) string {
	sign := "+"
	if x.neg {
		sign = "-"
	}
	switch {
	case x.form == formSNaN:
		return "sNaN"
	case x.form == formNaN:
		return "NaN"
	case x.isInf():
		return sign + "Infinity"
	case x.coefZero():
		return sign + "Zero"
	case isSubnormal(x, c):
		return sign + "Subnormal"
	}
	return sign + "Normal"
}

func sameQuantum(x, y *dec) bool {
	if x.isSpecial() || y.isSpecial() {
		return x.isNaN() && y.isNaN() || x.isInf() && y.isInf()
	}
	return x.exp == y.exp
}

var opTable = []opDef{
	{name: "abs", where: onContext, fn: unary(func(x *dec, p *params, st *uint32) dec { return plusDec(x, x.neg, p, st) })},
	{name: "plus", where: onContext, fn: unary(func(x *dec, p *params, st *uint32) dec { return plusDec(x, false, p, st) })},
	{name: "minus", where: onContext, fn: unary(func(x *dec, p *params, st *uint32) dec { return plusDec(x, true, p, st) })},
	{name: "add", nargs: 1, where: onContext, fn: binary(addDec)},
	{name: "subtract", nargs: 1, where: onContext, fn: binary(subDec)},
	{name: "multiply", nargs: 1, where: onContext, fn: binary(mulDec)},
	{name: "divide", nargs: 1, where: onContext, fn: binary(divDec)},
	{name: "divide_int", nargs: 1, where: onContext, fn: binary(floorDivDec)},
	{name: "remainder", nargs: 1, where: onContext, fn: binary(remDec)},
	{name: "divmod", nargs: 1, where: onContext, fn: func(x []dec, c *Context, st *uint32) (runtime.Value, *runtime.Exception) {
		q, r := divmodDec(&x[0], &x[1], &c.p, st)
		return runtime.TupleValue(newDecimal(q), newDecimal(r)), nil
	}},
	{name: "compare", nargs: 1, fn: binary(compareDec)},
	{name: "compare_signal", nargs: 1, fn: binary(compareSignalDec)},
	{name: "normalize", fn: unary(normalizeDec)},
	{name: "is_canonical", noCtx: true, fn: pred(func(*dec, *Context) bool { return true })},
	{name: "is_finite", noCtx: true, fn: pred(func(x *dec, _ *Context) bool { return x.form == formFinite })},
	{name: "is_infinite", noCtx: true, fn: pred(func(x *dec, _ *Context) bool { return x.isInf() })},
	{name: "is_nan", noCtx: true, fn: pred(func(x *dec, _ *Context) bool { return x.isNaN() })},
	{name: "is_qnan", noCtx: true, fn: pred(func(x *dec, _ *Context) bool { return x.form == formNaN })},
	{name: "is_snan", noCtx: true, fn: pred(func(x *dec, _ *Context) bool { return x.form == formSNaN })},
	{name: "is_signed", noCtx: true, fn: pred(func(x *dec, _ *Context) bool { return x.neg })},
	{name: "is_zero", noCtx: true, fn: pred(func(x *dec, _ *Context) bool { return x.isZero() })},
	{name: "is_normal", fn: pred(isNormal)},
	{name: "is_subnormal", fn: pred(isSubnormal)},
	{name: "canonical", noCtx: true, fn: func(x []dec, _ *Context, _ *uint32) (runtime.Value, *runtime.Exception) { return decRes(x[0]) }},
	{name: "copy_abs", noCtx: true, fn: func(x []dec, _ *Context, _ *uint32) (runtime.Value, *runtime.Exception) {
		r := x[0]
		r.neg = false
		return decRes(r)
	}},
	{name: "copy_negate", noCtx: true, fn: func(x []dec, _ *Context, _ *uint32) (runtime.Value, *runtime.Exception) {
		r := x[0]
		r.neg = !r.neg
		return decRes(r)
	}},
	{name: "copy_decimal", where: onContext, fn: func(x []dec, _ *Context, _ *uint32) (runtime.Value, *runtime.Exception) { return decRes(x[0]) }},
	{name: "copy_sign", nargs: 1, fn: func(x []dec, _ *Context, _ *uint32) (runtime.Value, *runtime.Exception) {
		return decRes(copySign(&x[0], &x[1]))
	}},
	{name: "same_quantum", nargs: 1, fn: func(x []dec, _ *Context, _ *uint32) (runtime.Value, *runtime.Exception) {
		return boolRes(sameQuantum(&x[0], &x[1]))
	}},
	{name: "number_class", fn: func(x []dec, c *Context, _ *uint32) (runtime.Value, *runtime.Exception) {
		return runtime.StrValue(numberClass(&x[0], c)), nil
	}},
	{name: "exp", fn: viaPy("exp")},
	{name: "ln", fn: viaPy("ln")},
	{name: "log10", fn: viaPy("log10")},
	{name: "logb", fn: viaPy("logb")},
	{name: "sqrt", fn: unary(sqrtDec)},
	{name: "next_minus", fn: viaPy("next_minus")},
	{name: "next_plus", fn: viaPy("next_plus")},
	{name: "logical_invert", fn: viaPy("logical_invert")},
	{name: "next_toward", nargs: 1, fn: viaPy("next_toward")},
	{name: "remainder_near", nargs: 1, fn: viaPy("remainder_near")},
	{name: "logical_and", nargs: 1, fn: viaPy("logical_and")},
	{name: "logical_or", nargs: 1, fn: viaPy("logical_or")},
	{name: "logical_xor", nargs: 1, fn: viaPy("logical_xor")},
	{name: "rotate", nargs: 1, fn: viaPy("rotate")},
	{name: "shift", nargs: 1, fn: viaPy("shift")},
	{name: "scaleb", nargs: 1, fn: viaPy("scaleb")},
	{name: "max", nargs: 1, fn: viaPy("max")},
	{name: "max_mag", nargs: 1, fn: viaPy("max_mag")},
	{name: "min", nargs: 1, fn: viaPy("min")},
	{name: "min_mag", nargs: 1, fn: viaPy("min_mag")},
	{name: "compare_total", nargs: 1, fn: viaPy("compare_total")},
	{name: "compare_total_mag", nargs: 1, fn: viaPy("compare_total_mag")},
	{name: "fma", nargs: 2, fn: viaPy("fma")},
}

var decimalSigs = []string{"context=None", "other, context=None", "other, third, context=None"}
var contextSigs = []string{"x, /", "x, y, /", "x, y, z, /"}

// decimalOpMethods returns the Decimal methods of opTable.
func decimalOpMethods() []runtime.Method {
	var ms []runtime.Method
	for i := range opTable {
		o := &opTable[i]
		if o.where == onContext {
			continue
		}
		ms = append(ms, runtime.Method{Name: o.name, Sig: decimalSigs[o.nargs]})
		m := &ms[len(ms)-1]
		if o.noCtx {
			m.Sig = ""
			if o.nargs == 0 {
				m.Flags = runtime.MethNoArgs
			} else {
				m.Sig = "other, context=None"
			}
		}
		m.Fn = func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
			xs := make([]dec, 1+o.nargs)
			xs[0] = decOf(self)
			for j := 0; j < o.nargs; j++ {
				d, err := operandRaise(a[j])
				if err != nil {
					return runtime.Value{}, err
				}
				xs[j+1] = d
			}
			var ctxArg runtime.Value
			if !o.noCtx || o.nargs > 0 {
				ctxArg = a[o.nargs]
			}
			c, err := contextArg(ctxArg)
			if err != nil {
				return runtime.Value{}, err
			}
			return runOp(o, xs, c)
		}
	}
	return ms
}

func runOp(o *opDef, xs []dec, c *Context) (runtime.Value, *runtime.Exception) {
	var st uint32
	r, err := o.fn(xs, c, &st)
	if err != nil {
		return runtime.Value{}, err
	}
	if err := c.raise(st); err != nil {
		return runtime.Value{}, err
	}
	return r, nil
}

// contextOpMethods returns the Context methods of opTable.
func contextOpMethods() []runtime.Method {
	var ms []runtime.Method
	for i := range opTable {
		o := &opTable[i]
		if o.where == onDecimal {
			continue
		}
		ms = append(ms, runtime.Method{Name: o.name, Sig: contextSigs[o.nargs],
			Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
				xs := make([]dec, 1+o.nargs)
				if o.name == "canonical" || o.name == "is_canonical" {
					if !isDecimal(a[0]) {
						return runtime.Value{}, runtime.NewTypeError("argument must be a Decimal")
					}
				}
				for j := range xs {
					d, err := operandRaise(a[j])
					if err != nil {
						return runtime.Value{}, err
					}
					xs[j] = d
				}
				return runOp(o, xs, asContext(self))
			}})
	}
	return append(ms, contextExtraMethods()...)
}
