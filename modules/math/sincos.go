// This file defines sin and cos as glibc 2.36 computes them (the IBM
// Accurate Mathematical Library's usncs.c, without its slow paths), in the
// variant glibc selects on CPUs with FMA, where the compiler fused the
// multiply-adds: a table of sin and cos at multiples of 1/128 (each as a
// double plus its rounding error) and short Taylor polynomials for the rest.
// These are within 0.55 ulp but not correctly rounded, so matching CPython
// means following them.

package math

import (
	gomath "math"
	"math/big"
)

// Constants of glibc's usncs.h, as variables so that Go rounds each
// operation as C does.
var (
	scS1, scS2, scS3 = -0x1.5555555555555p-3, 0x1.1111111110ECEp-7, -0x1.A01A019DB08B8p-13
	scS4, scS5       = 0x1.71DE27B9A7ED9p-19, -0x1.ADDFFC2FCDF59p-26
	scBig            = 0x1.8000000000000p45
	scHp0, scHp1     = 0x1.921FB54442D18p0, 0x1.1A62633145C07p-54
	scMp1, scMp2     = 0x1.921FB58000000p0, -0x1.DDE973C000000p-27
	scPp3, scPp4     = -0x1.CB3B398000000p-55, -0x1.d747f23e32ed7p-83
	scHpInv, scToInt = 0x1.45F306DC9C883p-1, 0x1.8000000000000p52
	scSn3, scSn5     = -1.66666666666664880952546298448555e-01, 8.33333214285722277379541354343671e-03
	scCs2, scCs4     = 4.99999999999999999999950396842453e-01, -4.16666666666664434524222570944589e-02
	scCs6            = 1.38888874007937613028114285595617e-03
)

// splitBig returns v's nearest double and the nearest double to the rest.
func splitBig(v *big.Float) (float64, float64) {
	hi, _ := v.Float64()
	rest := new(big.Float).SetPrec(v.Prec()).Sub(v, new(big.Float).SetFloat64(hi))
	lo, _ := rest.Float64()
	return hi, lo
}

// scLookup returns the table entries for u = big + |x| (its low bits index them).
func scLookup(u float64) (sn, ssn, cs, ccs float64) {
	k := 4 * int(uint32(gomath.Float64bits(u)))
	return sincosTab[k], sincosTab[k+1], sincosTab[k+2], sincosTab[k+3]
}

// doCos is usncs.c's do_cos: cos(x+dx) for |x| below about 0.86.
func doCos(x, dx float64) float64 {
	if x < 0 {
		dx = -dx
	}
	u := scBig + gomath.Abs(x)
	x = gomath.Abs(x) - (u - scBig) + dx
	xx := x * x
	s := gomath.FMA(x*xx, gomath.FMA(xx, scSn5, scSn3), x)
	c := xx * gomath.FMA(xx, gomath.FMA(xx, scCs6, scCs4), scCs2)
	sn, ssn, cs, ccs := scLookup(u)
	cor := gomath.FMA(-sn, s, gomath.FMA(-cs, c, gomath.FMA(-s, ssn, ccs)))
	return cs + cor
}

// doSin is usncs.c's do_sin: sin(x+dx) for |x| below about 0.86.
func doSin(x, dx float64) float64 {
	xold := x
	if gomath.Abs(x) < 0.126 {
		xx := x * x
		p := gomath.FMA(gomath.FMA(gomath.FMA(scS5, xx, scS4), xx, scS3), xx, scS2)
		poly := gomath.FMA(p, xx, scS1)
		t := gomath.FMA(gomath.FMA(poly, x, -(0.5*dx)), xx, dx)
		return x + t
	}
	if x <= 0 {
		dx = -dx
	}
	u := scBig + gomath.Abs(x)
	x = gomath.Abs(x) - (u - scBig)
	xx := x * x
	s := x + gomath.FMA(x*xx, gomath.FMA(xx, scSn5, scSn3), dx)
	c := gomath.FMA(x, dx, xx*gomath.FMA(xx, gomath.FMA(xx, scCs6, scCs4), scCs2))
	sn, ssn, cs, ccs := scLookup(u)
	cor := gomath.FMA(cs, s, gomath.FMA(-sn, c, gomath.FMA(s, ccs, ssn)))
	return gomath.Copysign(sn+cor, xold)
}

// reduceSinCos is reduce_sincos: x = n·π/2 + (a+da) for |x| < 105414350.
func reduceSinCos(x float64) (n int, a, da float64) {
	t := gomath.FMA(x, scHpInv, scToInt)
	xn := t - scToInt
	y := gomath.FMA(-xn, scMp2, gomath.FMA(-xn, scMp1, x))
	n = int(uint32(gomath.Float64bits(t)) & 3)
	t2 := gomath.FMA(-xn, scPp3, y)
	db := gomath.FMA(-xn, scPp3, y-t2)
	b := gomath.FMA(-xn, scPp4, t2)
	db += gomath.FMA(-xn, scPp4, t2-b)
	return n, b, db
}

// reduceHuge reduces a huge x exactly (glibc's branred), to a double-double.
func reduceHuge(x float64) (n int, a, da float64) {
	const prec = 1300
	halfPi := bigHalfPi(prec)
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, halfPi)
	qi, _ := q.Int(nil)
	r := new(big.Float).SetPrec(prec).Sub(bx, new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(qi), halfPi))
	// Bring r into [-π/4, π/4].
	quarter := new(big.Float).SetPrec(prec).Quo(halfPi, big.NewFloat(2))
	one := big.NewInt(1)
	if r.Cmp(quarter) > 0 {
		r.Sub(r, halfPi)
		qi.Add(qi, one)
	} else if new(big.Float).Neg(r).Cmp(quarter) > 0 {
		r.Add(r, halfPi)
		qi.Sub(qi, one)
	}
	a, da = splitBig(r)
	return int(new(big.Int).And(qi, big.NewInt(3)).Int64()), a, da
}

var bigHalfPiCache *big.Float

// bigHalfPi returns π/2 to prec bits by Machin's formula.
func bigHalfPi(prec uint) *big.Float {
	if bigHalfPiCache != nil {
		return bigHalfPiCache
	}
	atanInv := func(n int64) *big.Float {
		x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), new(big.Float).SetPrec(prec).SetInt64(n))
		x2 := new(big.Float).SetPrec(prec).Mul(x, x)
		sum := new(big.Float).SetPrec(prec)
		term := new(big.Float).SetPrec(prec).Set(x)
		for k := int64(0); k < 2000; k++ {
			t := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
			if k%2 == 0 {
				sum.Add(sum, t)
			} else {
				sum.Sub(sum, t)
			}
			term.Mul(term, x2)
			if term.Sign() == 0 || term.MantExp(nil) < -int(prec)-10 {
				break
			}
		}
		return sum
	}
	pi := new(big.Float).SetPrec(prec).Mul(big.NewFloat(16), atanInv(5))
	pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(big.NewFloat(4), atanInv(239)))
	bigHalfPiCache = pi.Quo(pi, big.NewFloat(2))
	return bigHalfPiCache
}

func doSinCos(a, da float64, n int) float64 {
	var r float64
	if n&1 != 0 {
		r = doCos(a, da)
	} else {
		r = doSin(a, da)
	}
	if n&2 != 0 {
		return -r
	}
	return r
}

// glibcSin is glibc's sin.
func glibcSin(x float64) float64 {
	k := hiWord(x) & 0x7fffffff
	switch {
	case k < 0x3e500000:
		return x
	case k < 0x3feb6000:
		return doSin(x, 0)
	case k < 0x400368fd:
		t := scHp0 - gomath.Abs(x)
		return gomath.Copysign(doCos(t, scHp1), x)
	case k < 0x419921FB:
		n, a, da := reduceSinCos(x)
		return doSinCos(a, da, n)
	case k < 0x7ff00000:
		n, a, da := reduceHuge(x)
		return doSinCos(a, da, n)
	}
	return gomath.NaN()
}

// glibcCos is glibc's cos.
func glibcCos(x float64) float64 {
	k := hiWord(x) & 0x7fffffff
	switch {
	case k < 0x3e400000:
		return 1
	case k < 0x3feb6000:
		return doCos(x, 0)
	case k < 0x400368fd:
		y := scHp0 - gomath.Abs(x)
		a := y + scHp1
		da := (y - a) + scHp1
		return doSin(a, da)
	case k < 0x419921FB:
		n, a, da := reduceSinCos(x)
		return doSinCos(a, da, n+1)
	case k < 0x7ff00000:
		n, a, da := reduceHuge(x)
		return doSinCos(a, da, n+1)
	}
	return gomath.NaN()
}
