// This file exports the C library functions of libm.go and hyperbolic.go
// that the cmath module calls, so both modules round alike.

package math

// LibmSinh is C's sinh.
func LibmSinh(x float64) float64 { return cSinh(x) }

// LibmCosh is C's cosh.
func LibmCosh(x float64) float64 { return cCosh(x) }

// LibmTanh is C's tanh.
func LibmTanh(x float64) float64 { return cTanh(x) }

// LibmAsinh is C's asinh.
func LibmAsinh(x float64) float64 { return cAsinh(x) }

// LibmLog1p is C's log1p.
func LibmLog1p(x float64) float64 { return cLog1p(x) }

// LibmTan is C's tan.
func LibmTan(x float64) float64 { return cTan(x) }
