// This file defines the complex functions of cmath for finite and special
// arguments, following cmathmodule.c's formulas.

package cmath

import gomath "math"

func isInf(x float64) bool { return gomath.IsInf(x, 0) }

// Acos is cmath.acos.
func Acos(re, im float64) (float64, float64, errno) {
	if !finite(re) || !finite(im) {
		return lookup("acos", re, im)
	}
	if gomath.Abs(re) > largeDbl || gomath.Abs(im) > largeDbl {
		rr := cAtan2(gomath.Abs(im), re)
		ri := -gomath.Copysign(cLog(cHypot(re/2, im/2))+ln2*2, im)
		return rr, ri, errOK
	}
	s1r, s1i, _ := Sqrt(1-re, -im)
	s2r, s2i, _ := Sqrt(1+re, im)
	return 2 * cAtan2(s1r, s2r), cAsinh(float64(s2r*s1i) - float64(s2i*s1r)), errOK
}

// Acosh is cmath.acosh.
func Acosh(re, im float64) (float64, float64, errno) {
	if !finite(re) || !finite(im) {
		return lookup("acosh", re, im)
	}
	if gomath.Abs(re) > largeDbl || gomath.Abs(im) > largeDbl {
		return cLog(cHypot(re/2, im/2)) + ln2*2, cAtan2(im, re), errOK
	}
	s1r, s1i, _ := Sqrt(re-1, im)
	s2r, s2i, _ := Sqrt(re+1, im)
	return cAsinh(float64(s1r*s2r) + float64(s1i*s2i)), 2 * cAtan2(s1i, s2r), errOK
}

// Asin is cmath.asin: -i·asinh(iz).
func Asin(re, im float64) (float64, float64, errno) {
	sr, si, e := Asinh(-im, re)
	return si, -sr, e
}

// Asinh is cmath.asinh.
func Asinh(re, im float64) (float64, float64, errno) {
	if !finite(re) || !finite(im) {
		return lookup("asinh", re, im)
	}
	if gomath.Abs(re) > largeDbl || gomath.Abs(im) > largeDbl {
		var rr float64
		if im >= 0 {
			rr = gomath.Copysign(cLog(cHypot(re/2, im/2))+ln2*2, re)
		} else {
			rr = -gomath.Copysign(cLog(cHypot(re/2, im/2))+ln2*2, -re)
		}
		return rr, cAtan2(im, gomath.Abs(re)), errOK
	}
	s1r, s1i, _ := Sqrt(1+im, -re)
	s2r, s2i, _ := Sqrt(1-im, re)
	return cAsinh(float64(s1r*s2i) - float64(s2r*s1i)), cAtan2(im, float64(s1r*s2r)-float64(s1i*s2i)), errOK
}

// Atan is cmath.atan: -i·atanh(iz).
func Atan(re, im float64) (float64, float64, errno) {
	sr, si, e := Atanh(-im, re)
	return si, -sr, e
}

// Atanh is cmath.atanh.
func Atanh(re, im float64) (float64, float64, errno) {
	if !finite(re) || !finite(im) {
		return lookup("atanh", re, im)
	}
	if re < 0 {
		r, i, e := Atanh(-re, -im)
		return -r, -i, e
	}
	ay := gomath.Abs(im)
	switch {
	case re > sqrtLargeDbl || ay > sqrtLargeDbl:
		h := cHypot(re/2, im/2)
		return re / 4 / h / h, gomath.Copysign(gomath.Pi/2, im), errOK
	case re == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return inf, im, errEDOM
		}
		return -cLog(gomath.Sqrt(ay) / gomath.Sqrt(cHypot(ay, 2))), gomath.Copysign(cAtan2(2, -ay)/2, im), errOK
	}
	d := float64((1-re)*(1-re)) + float64(ay*ay)
	rr := cLog1p(4*re/d) / 4
	ri := -cAtan2(-2*im, float64((1-re)*(1+re))-float64(ay*ay)) / 2
	return rr, ri, errOK
}

// Cos is cmath.cos: cosh(iz).
func Cos(re, im float64) (float64, float64, errno) { return Cosh(-im, re) }

// hyperbolicSpecial handles an infinite real part with a finite nonzero
// imaginary part, where the signs come from cos and sin of the imaginary
// part, then the table; it reports whether z was special.
func infiniteReal(re, im float64) bool { return isInf(re) && finite(im) && im != 0 }

// Cosh is cmath.cosh.
func Cosh(re, im float64) (float64, float64, errno) {
	if !finite(re) || !finite(im) {
		if infiniteReal(re, im) {
			rr := gomath.Copysign(inf, cCos(im))
			ri := gomath.Copysign(inf, cSin(im))
			if re < 0 {
				ri = -ri
			}
			return rr, ri, errOK
		}
		return lookup("cosh", re, im)
	}
	var rr, ri float64
	if gomath.Abs(re) > logLargeDbl {
		x1 := re - gomath.Copysign(1, re)
		rr = float64(cCos(im)*cCosh(x1)) * mathE
		ri = float64(cSin(im)*cSinh(x1)) * mathE
	} else {
		rr = cCos(im) * cCosh(re)
		ri = cSin(im) * cSinh(re)
	}
	return rr, ri, overflowed(rr, ri)
}

func overflowed(re, im float64) errno {
	if isInf(re) || isInf(im) {
		return errERANGE
	}
	return errOK
}

// Exp is cmath.exp.
func Exp(re, im float64) (float64, float64, errno) {
	if !finite(re) || !finite(im) {
		if infiniteReal(re, im) {
			if re > 0 {
				return gomath.Copysign(inf, cCos(im)), gomath.Copysign(inf, cSin(im)), errOK
			}
			return gomath.Copysign(0, cCos(im)), gomath.Copysign(0, cSin(im)), errOK
		}
		return lookup("exp", re, im)
	}
	var rr, ri float64
	if re > logLargeDbl {
		l := cExp(re - 1)
		rr = float64(l*cCos(im)) * mathE
		ri = float64(l*cSin(im)) * mathE
	} else {
		l := cExp(re)
		rr = l * cCos(im)
		ri = l * cSin(im)
	}
	return rr, ri, overflowed(rr, ri)
}

// Log is c_log, the natural logarithm.
func Log(re, im float64) (float64, float64, errno) {
	if !finite(re) || !finite(im) {
		return lookup("log", re, im)
	}
	ax, ay := gomath.Abs(re), gomath.Abs(im)
	var rr float64
	switch {
	case ax > largeDbl || ay > largeDbl:
		rr = cLog(cHypot(ax/2, ay/2)) + ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			return gomath.Inf(-1), cAtan2(im, re), errEDOM
		}
		rr = cLog(cHypot(gomath.Ldexp(ax, mantDig), gomath.Ldexp(ay, mantDig))) - mantDig*ln2
	default:
		h := cHypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := ax, ay
			if ax <= ay {
				am, an = ay, ax
			}
			rr = cLog1p(float64((am-1)*(am+1))+float64(an*an)) / 2
		} else {
			rr = cLog(h)
		}
	}
	return rr, cAtan2(im, re), errOK
}

// Log10 is cmath.log10.
func Log10(re, im float64) (float64, float64, errno) {
	rr, ri, e := Log(re, im)
	return rr / ln10, ri / ln10, e
}

// Sin is cmath.sin: -i·sinh(iz).
func Sin(re, im float64) (float64, float64, errno) {
	sr, si, e := Sinh(-im, re)
	return si, -sr, e
}

// Sinh is cmath.sinh.
func Sinh(re, im float64) (float64, float64, errno) {
	if !finite(re) || !finite(im) {
		if infiniteReal(re, im) {
			rr := gomath.Copysign(inf, cCos(im))
			if re < 0 {
				rr = -rr
			}
			return rr, gomath.Copysign(inf, cSin(im)), errOK
		}
		return lookup("sinh", re, im)
	}
	var rr, ri float64
	if gomath.Abs(re) > logLargeDbl {
		x1 := re - gomath.Copysign(1, re)
		rr = float64(cCos(im)*cSinh(x1)) * mathE
		ri = float64(cSin(im)*cCosh(x1)) * mathE
	} else {
		rr = cCos(im) * cSinh(re)
		ri = cSin(im) * cCosh(re)
	}
	return rr, ri, overflowed(rr, ri)
}

// Sqrt is cmath.sqrt.
func Sqrt(re, im float64) (float64, float64, errno) {
	if !finite(re) || !finite(im) {
		return lookup("sqrt", re, im)
	}
	if re == 0 && im == 0 {
		return 0, im, errOK
	}
	ax, ay := gomath.Abs(re), gomath.Abs(im)
	var s float64
	if ax < dblMin && ay < dblMin {
		ax = gomath.Ldexp(ax, scaleUp)
		s = gomath.Ldexp(gomath.Sqrt(ax+cHypot(ax, gomath.Ldexp(ay, scaleUp))), scaleDown)
	} else {
		ax /= 8
		s = 2 * gomath.Sqrt(ax+cHypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if re >= 0 {
		return s, gomath.Copysign(d, im), errOK
	}
	return d, gomath.Copysign(s, im), errOK
}

// Tan is cmath.tan: -i·tanh(iz).
func Tan(re, im float64) (float64, float64, errno) {
	sr, si, e := Tanh(-im, re)
	return si, -sr, e
}

// Tanh is cmath.tanh.
func Tanh(re, im float64) (float64, float64, errno) {
	if !finite(re) || !finite(im) {
		if infiniteReal(re, im) {
			ri := gomath.Copysign(0, float64(2*cSin(im))*cCos(im))
			if re > 0 {
				return 1, ri, errOK
			}
			return -1, ri, errOK
		}
		return lookup("tanh", re, im)
	}
	if gomath.Abs(re) > logLargeDbl {
		return gomath.Copysign(1, re), float64(float64(4*cSin(im))*cCos(im)) * cExp(-2*gomath.Abs(re)), errOK
	}
	tx := cTanh(re)
	ty := cTan(im)
	cx := 1 / cCosh(re)
	txty := tx * ty
	denom := 1 + float64(txty*txty)
	return float64(tx*(1+float64(ty*ty))) / denom, float64((ty/denom)*cx) * cx, errOK
}

// Rect is cmath.rect(r, phi).
func Rect(r, phi float64) (float64, float64, errno) {
	switch {
	case !finite(r) || !finite(phi):
		if isInf(r) && finite(phi) && phi != 0 {
			rr := gomath.Copysign(inf, cCos(phi))
			ri := gomath.Copysign(inf, cSin(phi))
			if r < 0 {
				rr, ri = -rr, -ri
			}
			return rr, ri, errOK
		}
		return lookup("rect", r, phi)
	case phi == 0:
		return r, r * phi, errOK
	}
	return r * cCos(phi), r * cSin(phi), errOK
}

// Phase is cmath.phase.
func Phase(re, im float64) float64 { return cAtan2(im, re) }

// Abs is _Py_c_abs: hypot, with an infinite part winning over a NaN and
// ERANGE on overflow.
func Abs(re, im float64) (float64, errno) {
	switch {
	case isInf(re):
		return gomath.Abs(re), errOK
	case isInf(im):
		return gomath.Abs(im), errOK
	case gomath.IsNaN(re) || gomath.IsNaN(im):
		return nan, errOK
	}
	r := cHypot(re, im)
	if isInf(r) {
		return r, errERANGE
	}
	return r, errOK
}
