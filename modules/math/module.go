// This file defines the Python binding of the math module: argument
// conversion with CPython's protocols (__float__, __index__, __ceil__, ...)
// around the core functions of this package, and their errors as exceptions.

package math

import (
	gomath "math"
	"math/big"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// raise turns a core error into the Python exception it names.
func raise(e *Error) *exc { return runtime.ExceptionOfKind(e.Kind, e.Msg) }

func floatResult(r float64, e *Error) (value, *exc) {
	if e != nil {
		return value{}, raise(e)
	}
	return runtime.Float(r), nil
}

func intResult(r *big.Int, e *Error) (value, *exc) {
	if e != nil {
		return value{}, raise(e)
	}
	return runtime.NewIntBig(r), nil
}

// fn1 wraps a one-argument float function (CPython's math_1 family).
func fn1(name string, f func(float64) (float64, *Error)) runtime.Method {
	return runtime.Method{Name: name, Sig: "x, /", Flags: runtime.MethO, Fn: func(_ value, a []value) (value, *exc) {
		x, err := runtime.FloatAsDouble(a[0])
		if err != nil {
			return value{}, err
		}
		return floatResult(f(x))
	}}
}

// fn1x wraps a one-argument float function that cannot fail.
func fn1x(name string, f func(float64) float64) runtime.Method {
	return fn1(name, func(x float64) (float64, *Error) { return f(x), nil })
}

// fn2 wraps a two-argument float function (math_2 and friends).
func fn2(name, sig string, f func(x, y float64) (float64, *Error)) runtime.Method {
	return runtime.Method{Name: name, Sig: sig, Fn: func(_ value, a []value) (value, *exc) {
		x, err := runtime.FloatAsDouble(a[0])
		if err != nil {
			return value{}, err
		}
		y, err := runtime.FloatAsDouble(a[1])
		if err != nil {
			return value{}, err
		}
		return floatResult(f(x, y))
	}}
}

// fnBool wraps a float predicate (isfinite, isinf, isnan).
func fnBool(name string, f func(float64) bool) runtime.Method {
	return runtime.Method{Name: name, Sig: "x, /", Flags: runtime.MethO, Fn: func(_ value, a []value) (value, *exc) {
		x, err := runtime.FloatAsDouble(a[0])
		if err != nil {
			return value{}, err
		}
		return runtime.Bool(f(x)), nil
	}}
}

// fnRound wraps floor and ceil: a float is rounded directly, anything else
// goes through its __floor__/__ceil__ if its type has one.
func fnRound(name, dunder string, f func(float64) (*big.Int, *Error)) runtime.Method {
	return runtime.Method{Name: name, Sig: "x, /", Flags: runtime.MethO, Fn: func(_ value, a []value) (value, *exc) {
		v := a[0]
		if !v.IsFloat() {
			m, err := runtime.LookupSpecial(v, dunder)
			if err != nil {
				return value{}, err
			}
			if !m.IsNull() {
				return runtime.Call(m, nil, nil)
			}
		}
		x, err := runtime.FloatAsDouble(v)
		if err != nil {
			return value{}, err
		}
		return intResult(f(x))
	}}
}

func math_trunc(_ value, a []value) (value, *exc) {
	v := a[0]
	if v.IsFloat() {
		return intResult(Trunc(v.AsFloat()))
	}
	m, err := runtime.LookupSpecial(v, "__trunc__")
	if err != nil {
		return value{}, err
	}
	if m.IsNull() {
		return value{}, runtime.NewTypeError("type %s doesn't define __trunc__ method", v.Type().Name)
	}
	return runtime.Call(m, nil, nil)
}

func math_frexp(_ value, a []value) (value, *exc) {
	x, err := runtime.FloatAsDouble(a[0])
	if err != nil {
		return value{}, err
	}
	m, e := Frexp(x)
	return runtime.TupleValue(runtime.Float(m), runtime.Int(int64(e))), nil
}

func math_modf(_ value, a []value) (value, *exc) {
	x, err := runtime.FloatAsDouble(a[0])
	if err != nil {
		return value{}, err
	}
	f, i := Modf(x)
	return runtime.TupleValue(runtime.Float(f), runtime.Float(i)), nil
}

func math_ldexp(_ value, a []value) (value, *exc) {
	x, err := runtime.FloatAsDouble(a[0])
	if err != nil {
		return value{}, err
	}
	s, b, ok := runtime.IntParts(a[1])
	if !ok {
		return value{}, runtime.NewTypeError("Expected an int as second argument to ldexp.")
	}
	if b != nil {
		s = gomath.MaxInt64
		if b.Sign() < 0 {
			s = gomath.MinInt64
		}
	}
	return floatResult(Ldexp(x, s))
}

func math_isclose(_ value, a []value) (value, *exc) {
	var xs [4]float64
	xs[2], xs[3] = 1e-9, 0
	for i, v := range a {
		if v.IsNull() {
			continue
		}
		x, err := runtime.FloatAsDouble(v)
		if err != nil {
			return value{}, err
		}
		xs[i] = x
	}
	r, e := Isclose(xs[0], xs[1], xs[2], xs[3])
	if e != nil {
		return value{}, raise(e)
	}
	return runtime.Bool(r), nil
}

// floats converts every item of an iterable with PyFloat_AsDouble.
func floats(it value) ([]float64, *exc) {
	iter, err := runtime.Iter(it)
	if err != nil {
		return nil, err
	}
	var out []float64
	for {
		v, err := runtime.Next(iter)
		if err != nil {
			return nil, err
		}
		if v.IsNull() {
			return out, nil
		}
		x, err := runtime.FloatAsDouble(v)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
}

func math_fsum(_ value, a []value) (value, *exc) {
	iter, err := runtime.Iter(a[0])
	if err != nil {
		return value{}, err
	}
	var acc FsumAcc
	for {
		v, err := runtime.Next(iter)
		if err != nil {
			return value{}, err
		}
		if v.IsNull() {
			break
		}
		x, err := runtime.FloatAsDouble(v)
		if err != nil {
			return value{}, err
		}
		if e := acc.Add(x); e != nil {
			return value{}, raise(e)
		}
	}
	return floatResult(acc.Result())
}

func math_hypot(_ value, a []value) (value, *exc) {
	xs, err := floats(a[0])
	if err != nil {
		return value{}, err
	}
	return runtime.Float(Hypot(xs)), nil
}

func math_dist(_ value, a []value) (value, *exc) {
	p, err := floats(a[0])
	if err != nil {
		return value{}, err
	}
	q, err := floats(a[1])
	if err != nil {
		return value{}, err
	}
	return floatResult(Dist(p, q))
}

// logOf computes one logarithm of v: ints of any size through the integer
// path (loghelper), anything else as a float.
func logOf(v value, ff func(float64) (float64, *Error), fi func(*big.Int) (float64, *Error)) (float64, *exc) {
	if b, ok := runtime.BigIntOf(v); ok {
		r, e := fi(b)
		if e != nil {
			return 0, raise(e)
		}
		return r, nil
	}
	x, err := runtime.FloatAsDouble(v)
	if err != nil {
		return 0, err
	}
	r, e := ff(x)
	if e != nil {
		return 0, raise(e)
	}
	return r, nil
}

func fnLog(name string, ff func(float64) (float64, *Error), fi func(*big.Int) (float64, *Error)) runtime.Method {
	return runtime.Method{Name: name, Sig: "x, /", Flags: runtime.MethO, Fn: func(_ value, a []value) (value, *exc) {
		r, err := logOf(a[0], ff, fi)
		if err != nil {
			return value{}, err
		}
		return runtime.Float(r), nil
	}}
}

func math_log(_ value, a []value) (value, *exc) {
	args := a[0].AsTuple().Items()
	if len(args) < 1 || len(args) > 2 {
		return value{}, runtime.NewTypeError("math.log requires 1 to 2 arguments")
	}
	num, err := logOf(args[0], Log, LogInt)
	if err != nil {
		return value{}, err
	}
	if len(args) == 1 {
		return runtime.Float(num), nil
	}
	den, err := logOf(args[1], Log, LogInt)
	if err != nil {
		return value{}, err
	}
	return floatResult(LogBase(num, den))
}

// indexArgs converts every argument with __index__.
func indexArgs(vs []value) ([]*big.Int, *exc) {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		b, err := runtime.IndexBig(v, "")
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func fnIntN(name string, f func(...*big.Int) *big.Int) runtime.Method {
	return runtime.Method{Name: name, Sig: "*integers", Fn: func(_ value, a []value) (value, *exc) {
		xs, err := indexArgs(a[0].AsTuple().Items())
		if err != nil {
			return value{}, err
		}
		return runtime.NewIntBig(f(xs...)), nil
	}}
}

func fnInt1(name string, f func(*big.Int) (*big.Int, *Error)) runtime.Method {
	return runtime.Method{Name: name, Sig: "n, /", Flags: runtime.MethO, Fn: func(_ value, a []value) (value, *exc) {
		x, err := runtime.IndexBig(a[0], "")
		if err != nil {
			return value{}, err
		}
		return intResult(f(x))
	}}
}

func math_comb(_ value, a []value) (value, *exc) {
	xs, err := indexArgs(a)
	if err != nil {
		return value{}, err
	}
	return intResult(Comb(xs[0], xs[1]))
}

func math_perm(_ value, a []value) (value, *exc) {
	if a[1].IsNull() || a[1].IsNone() {
		n, err := runtime.IndexBig(a[0], "")
		if err != nil {
			return value{}, err
		}
		return intResult(Factorial(n))
	}
	xs, err := indexArgs(a)
	if err != nil {
		return value{}, err
	}
	return intResult(Perm(xs[0], xs[1]))
}

func math_prod(_ value, a []value) (value, *exc) {
	acc := runtime.Int(1)
	if !a[1].IsNull() {
		acc = a[1]
	}
	iter, err := runtime.Iter(a[0])
	if err != nil {
		return value{}, err
	}
	for {
		v, err := runtime.Next(iter)
		if err != nil {
			return value{}, err
		}
		if v.IsNull() {
			return acc, nil
		}
		acc, err = runtime.BinaryOp(acc, v, runtime.NbMultiply)
		if err != nil {
			return value{}, err
		}
	}
}

func noErr(f func(x, y float64) float64) func(x, y float64) (float64, *Error) {
	return func(x, y float64) (float64, *Error) { return f(x, y), nil }
}

var mathMethods = []runtime.Method{
	fn1("acos", Acos), fn1("acosh", Acosh), fn1("asin", Asin), fn1("asinh", Asinh),
	fn1("atan", Atan), fn2("atan2", "y, x, /", Atan2), fn1("atanh", Atanh), fn1("cbrt", Cbrt),
	fnRound("ceil", "__ceil__", Ceil),
	{Name: "comb", Sig: "n, k, /", Fn: math_comb},
	fn2("copysign", "x, y, /", noErr(Copysign)),
	fn1("cos", Cos), fn1("cosh", Cosh), fn1x("degrees", Degrees),
	{Name: "dist", Sig: "p, q, /", Fn: math_dist},
	fn1("erf", Erf), fn1("erfc", Erfc), fn1("exp", Exp), fn1("exp2", Exp2), fn1("expm1", Expm1),
	fn1x("fabs", Fabs),
	fnInt1("factorial", Factorial),
	fnRound("floor", "__floor__", Floor),
	fn2("fmod", "x, y, /", Fmod),
	{Name: "frexp", Sig: "x, /", Flags: runtime.MethO, Fn: math_frexp},
	{Name: "fsum", Sig: "seq, /", Flags: runtime.MethO, Fn: math_fsum},
	fn1("gamma", Gamma), fnIntN("gcd", Gcd),
	{Name: "hypot", Sig: "*coordinates", Fn: math_hypot},
	{Name: "isclose", Sig: "a, b, *, rel_tol=, abs_tol=", Fn: math_isclose},
	fnBool("isfinite", Isfinite), fnBool("isinf", Isinf), fnBool("isnan", Isnan),
	fnInt1("isqrt", Isqrt), fnIntN("lcm", Lcm),
	{Name: "ldexp", Sig: "x, i, /", Fn: math_ldexp},
	fn1("lgamma", Lgamma),
	{Name: "log", Sig: "*args", Fn: math_log},
	fnLog("log10", Log10, Log10Int), fn1("log1p", Log1p), fnLog("log2", Log2, Log2Int),
	{Name: "modf", Sig: "x, /", Flags: runtime.MethO, Fn: math_modf},
	fn2("nextafter", "x, y, /", noErr(Nextafter)),
	{Name: "perm", Sig: "n, k=, /", Fn: math_perm},
	fn2("pow", "x, y, /", Pow),
	{Name: "prod", Sig: "iterable, /, *, start=", Fn: math_prod},
	fn1x("radians", Radians), fn2("remainder", "x, y, /", Remainder),
	fn1("sin", Sin), fn1("sinh", Sinh), fn1("sqrt", Sqrt), fn1("tan", Tan), fn1("tanh", Tanh),
	{Name: "trunc", Sig: "x, /", Flags: runtime.MethO, Fn: math_trunc},
	fn1x("ulp", Ulp),
}

// Module is the math module.
var Module = &runtime.ModuleDef{
	Name:    "math",
	Doc:     "This module provides access to the mathematical functions\ndefined by the C standard.",
	Methods: mathMethods,
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("pi", runtime.Float(Pi))
		m.SetAttr("e", runtime.Float(E))
		m.SetAttr("tau", runtime.Float(Tau))
		m.SetAttr("inf", runtime.Float(Inf))
		m.SetAttr("nan", runtime.Float(NaN))
		return nil
	},
}
