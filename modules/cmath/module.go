// This file defines the Python binding of cmath: argument conversion with
// PyComplex_AsCComplex's protocol (__complex__, then __float__/__index__)
// and errno turned into ValueError or OverflowError.

package cmath

import (
	gomath "math"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

func none() value { return runtime.None }

// complexArg converts an argument as PyComplex_AsCComplex does.
func complexArg(v value) (float64, float64, *exc) {
	if re, im, ok := runtime.ComplexParts(v); ok {
		return re, im, nil
	}
	f, err := runtime.LookupSpecial(v, "__complex__")
	if err != nil {
		return 0, 0, err
	}
	if !f.IsNull() {
		r, err := runtime.Call(f, nil, nil)
		if err != nil {
			return 0, 0, err
		}
		re, im, ok := runtime.ComplexParts(r)
		if !ok {
			return 0, 0, runtime.NewTypeError("__complex__ returned non-complex (type %s)", r.Type().Name)
		}
		return re, im, nil
	}
	x, err := runtime.FloatAsDouble(v)
	return x, 0, err
}

// mathError is math_error: the exception for errno.
func mathError(e errno) *exc {
	if e == errEDOM {
		return runtime.NewValueError("math domain error")
	}
	return runtime.NewOverflowError("math range error")
}

func complexResult(re, im float64, e errno) (value, *exc) {
	if e != errOK {
		return none(), mathError(e)
	}
	return runtime.NewComplex(re, im), nil
}

// fn1 wraps a function of one complex argument.
func fn1(name string, f func(re, im float64) (float64, float64, errno)) runtime.Method {
	return runtime.Method{Name: name, Sig: "z, /", Flags: runtime.MethO, Fn: func(_ value, a []value) (value, *exc) {
		re, im, err := complexArg(a[0])
		if err != nil {
			return none(), err
		}
		return complexResult(f(re, im))
	}}
}

// fnBool wraps a predicate of one complex argument.
func fnBool(name string, f func(re, im float64) bool) runtime.Method {
	return runtime.Method{Name: name, Sig: "z, /", Flags: runtime.MethO, Fn: func(_ value, a []value) (value, *exc) {
		re, im, err := complexArg(a[0])
		if err != nil {
			return none(), err
		}
		return runtime.Bool(f(re, im)), nil
	}}
}

func cmath_log(_ value, a []value) (value, *exc) {
	re, im, err := complexArg(a[0])
	if err != nil {
		return none(), err
	}
	rr, ri, e := Log(re, im)
	if !a[1].IsNull() {
		bre, bim, err := complexArg(a[1])
		if err != nil {
			return none(), err
		}
		var br, bi float64
		br, bi, e = Log(bre, bim) // the base's errno replaces z's, as in CPython
		var ok bool
		if rr, ri, ok = runtime.ComplexQuot(rr, ri, br, bi); !ok {
			e = errEDOM
		}
	}
	return complexResult(rr, ri, e)
}

func cmath_phase(_ value, a []value) (value, *exc) {
	re, im, err := complexArg(a[0])
	if err != nil {
		return none(), err
	}
	return runtime.Float(Phase(re, im)), nil
}

func cmath_polar(_ value, a []value) (value, *exc) {
	re, im, err := complexArg(a[0])
	if err != nil {
		return none(), err
	}
	phi := Phase(re, im)
	r, e := Abs(re, im)
	if e != errOK {
		return none(), mathError(e)
	}
	return runtime.TupleValue(runtime.Float(r), runtime.Float(phi)), nil
}

func cmath_rect(_ value, a []value) (value, *exc) {
	r, err := runtime.FloatAsDouble(a[0])
	if err != nil {
		return none(), err
	}
	phi, err := runtime.FloatAsDouble(a[1])
	if err != nil {
		return none(), err
	}
	return complexResult(Rect(r, phi))
}

func cmath_isclose(_ value, a []value) (value, *exc) {
	ar, ai, err := complexArg(a[0])
	if err != nil {
		return none(), err
	}
	br, bi, err := complexArg(a[1])
	if err != nil {
		return none(), err
	}
	tol := [2]float64{1e-9, 0}
	for i, v := range a[2:] {
		if !v.IsNull() {
			if tol[i], err = runtime.FloatAsDouble(v); err != nil {
				return none(), err
			}
		}
	}
	if tol[0] < 0 || tol[1] < 0 {
		return none(), runtime.NewValueError("tolerances must be non-negative")
	}
	if ar == br && ai == bi {
		return runtime.True, nil
	}
	if isInf(ar) || isInf(ai) || isInf(br) || isInf(bi) {
		return runtime.False, nil
	}
	diff, _ := Abs(ar-br, ai-bi)
	absA, _ := Abs(ar, ai)
	absB, _ := Abs(br, bi)
	return runtime.Bool(diff <= tol[0]*absB || diff <= tol[0]*absA || diff <= tol[1]), nil
}

var cmathMethods = []runtime.Method{
	fn1("acos", Acos), fn1("acosh", Acosh), fn1("asin", Asin), fn1("asinh", Asinh),
	fn1("atan", Atan), fn1("atanh", Atanh), fn1("cos", Cos), fn1("cosh", Cosh), fn1("exp", Exp),
	{Name: "isclose", Sig: "a, b, *, rel_tol=, abs_tol=", Fn: cmath_isclose},
	fnBool("isfinite", func(re, im float64) bool { return finite(re) && finite(im) }),
	fnBool("isinf", func(re, im float64) bool { return isInf(re) || isInf(im) }),
	fnBool("isnan", func(re, im float64) bool { return gomath.IsNaN(re) || gomath.IsNaN(im) }),
	{Name: "log", Sig: "z, base=, /", Fn: cmath_log},
	fn1("log10", Log10),
	{Name: "phase", Sig: "z, /", Flags: runtime.MethO, Fn: cmath_phase},
	{Name: "polar", Sig: "z, /", Flags: runtime.MethO, Fn: cmath_polar},
	{Name: "rect", Sig: "r, phi, /", Fn: cmath_rect},
	fn1("sin", Sin), fn1("sinh", Sinh), fn1("sqrt", Sqrt), fn1("tan", Tan), fn1("tanh", Tanh),
}

// Module is the cmath module.
var Module = &runtime.ModuleDef{
	Name:    "cmath",
	Doc:     "This module provides access to mathematical functions for complex\nnumbers.",
	Methods: cmathMethods,
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("pi", runtime.Float(gomath.Pi))
		m.SetAttr("e", runtime.Float(gomath.E))
		m.SetAttr("tau", runtime.Float(2*gomath.Pi))
		m.SetAttr("inf", runtime.Float(inf))
		m.SetAttr("infj", runtime.NewComplex(0, inf))
		m.SetAttr("nan", runtime.Float(gomath.Abs(nan)))
		m.SetAttr("nanj", runtime.NewComplex(0, gomath.Abs(nan)))
		return nil
	},
}
