// This file defines math.gamma and math.lgamma, which CPython computes itself with a
// Lanczos approximation rather than with the C library.

package math

import gomath "math"

const (
	lanczosG         = 6.024680040776729583740234375
	lanczosGMinusHlf = 5.524680040776729583740234375
	logPi            = 1.144729885849400174143427351353058711647
)

var lanczosNum = [...]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

// lanczosDen are the coefficients of x(x+1)...(x+11).
var lanczosDen = [...]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

// The float64 conversions below forbid fused multiply-adds, which would change the
// rounding that CPython's C code performs.

// lanczosSum evaluates the rational function in x for x < 5 and in 1/x above, which
// avoids overflow and keeps the error low for large x; the evaluation order matters for
// bit-exact agreement with CPython.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	n := len(lanczosNum)
	if x < 5 {
		for i := n - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNum[i]
			den = float64(den*x) + lanczosDen[i]
		}
	} else {
		for i := 0; i < n; i++ {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinpi is sin(pi*x), reduced so that exact zeros come out at integers.
func sinpi(x float64) float64 {
	y := gomath.Mod(gomath.Abs(x), 2)
	var r float64
	switch int(gomath.Round(2 * y)) {
	case 0:
		r = cSin(gomath.Pi * y)
	case 1:
		r = cCos(gomath.Pi * (y - 0.5))
	case 2:
		r = cSin(gomath.Pi * (1 - y))
	case 3:
		r = -cCos(gomath.Pi * (y - 1.5))
	default:
		r = cSin(gomath.Pi * (y - 2))
	}
	return gomath.Copysign(1, x) * r
}

var gammaIntegral = func() [23]float64 {
	var t [23]float64
	f := 1.0
	for i := range t {
		if i > 0 {
			f *= float64(i)
		}
		t[i] = f
	}
	return t
}()

// Gamma is math.gamma.
func Gamma(x float64) (float64, *Error) { return checkErrno(tgamma(x)) }

func tgamma(x float64) (float64, errno) {
	if !isFinite(x) {
		if gomath.IsNaN(x) || x > 0 {
			return x, errOK
		}
		return gomath.NaN(), errEDOM
	}
	if x == 0 {
		return gomath.Copysign(gomath.Inf(1), x), errEDOM
	}
	if x == gomath.Floor(x) {
		if x < 0 {
			return gomath.NaN(), errEDOM
		}
		if x <= float64(len(gammaIntegral)) {
			return gammaIntegral[int(x)-1], errOK
		}
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		r := 1 / x
		return r, rangeIfInf(r)
	}
	if absx > 200 {
		if x < 0 {
			return 0 / sinpi(x), errOK
		}
		return gomath.Inf(1), errERANGE
	}
	r := lanczosGamma(x, absx)
	return r, rangeIfInf(r)
}

func rangeIfInf(r float64) errno {
	if gomath.IsInf(r, 0) {
		return errERANGE
	}
	return errOK
}

func lanczosGamma(x, absx float64) float64 {
	y := absx + lanczosGMinusHlf
	var z float64
	// z is the rounding error of y, which the result is corrected for below.
	if absx > lanczosGMinusHlf {
		q := y - absx
		z = q - lanczosGMinusHlf
	} else {
		q := y - lanczosGMinusHlf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -gomath.Pi / sinpi(absx) / absx * cExp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140 {
			r /= cPow(y, absx-0.5)
		} else {
			sp := cPow(y, absx/2-0.25)
			r /= sp
			r /= sp
		}
		return r
	}
	r = lanczosSum(absx) / cExp(y)
	r += float64(z * r)
	if absx < 140 {
		r *= cPow(y, absx-0.5)
	} else {
		sp := cPow(y, absx/2-0.25)
		r *= sp
		r *= sp
	}
	return r
}

// Lgamma is math.lgamma.
func Lgamma(x float64) (float64, *Error) { return checkErrno(lgamma(x)) }

func lgamma(x float64) (float64, errno) {
	if !isFinite(x) {
		if gomath.IsNaN(x) {
			return x, errOK
		}
		return gomath.Inf(1), errOK
	}
	if x == gomath.Floor(x) && x <= 2 {
		if x <= 0 {
			return gomath.Inf(1), errEDOM
		}
		return 0, errOK
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		return -cLog(absx), errOK
	}
	r := cLog(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (cLog(absx+lanczosG-0.5) - 1))
	if x < 0 {
		r = logPi - cLog(gomath.Abs(sinpi(absx))) - cLog(absx) - r
	}
	return r, rangeIfInf(r)
}
