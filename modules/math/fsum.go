// This file defines math.fsum, exact summation with Shewchuk's partials, and the
// accurate vector norm behind math.hypot and math.dist.

package math

import gomath "math"

// Fsum is math.fsum over already-converted floats. The binding converts each item
// with float() as it iterates; FsumAcc lets it feed items one at a time instead.
func Fsum(xs []float64) (float64, *Error) {
	var acc FsumAcc
	for _, x := range xs {
		if err := acc.Add(x); err != nil {
			return 0, err
		}
	}
	return acc.Result()
}

// FsumAcc is the running state of math.fsum: the exact sum of the finite items as
// non-overlapping partials, plus the sums of infinities and NaNs seen.
type FsumAcc struct {
	partials   []float64
	specialSum float64
	infSum     float64
}

// Add adds one item; it fails only on an intermediate overflow of finite items.
func (a *FsumAcc) Add(x float64) *Error {
	xsave := x
	p := a.partials[:0]
	for _, y := range a.partials {
		if gomath.Abs(x) < gomath.Abs(y) {
			x, y = y, x
		}
		hi := x + y
		lo := y - (hi - x)
		if lo != 0 {
			p = append(p, lo)
		}
		x = hi
	}
	if x == 0 {
		a.partials = p
		return nil
	}
	if isFinite(x) {
		a.partials = append(p, x)
		return nil
	}
	if isFinite(xsave) {
		return &Error{"OverflowError", "intermediate overflow in fsum"}
	}
	if gomath.IsInf(xsave, 0) {
		a.infSum += xsave
	}
	a.specialSum += xsave
	a.partials = p[:0]
	return nil
}

// Result rounds the partials to the nearest float, half to even.
func (a *FsumAcc) Result() (float64, *Error) {
	if a.specialSum != 0 {
		if gomath.IsNaN(a.infSum) {
			return 0, &Error{"ValueError", "-inf + inf in fsum"}
		}
		return a.specialSum, nil
	}
	p := a.partials
	n := len(p)
	if n == 0 {
		return 0, nil
	}
	n--
	hi := p[n]
	var lo float64
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	// If the rounding above was a tie, the remaining partials decide its direction.
	if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi, nil
}

// Hypot is math.hypot over any number of coordinates.
func Hypot(coords []float64) float64 {
	v := make([]float64, len(coords))
	max, nan := 0.0, false
	for i, x := range coords {
		x = gomath.Abs(x)
		v[i] = x
		nan = nan || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return vectorNorm(v, max, nan)
}

// Dist is math.dist between two points given as coordinate lists.
func Dist(p, q []float64) (float64, *Error) {
	if len(p) != len(q) {
		return 0, &Error{"ValueError", "both points must have the same number of dimensions"}
	}
	d := make([]float64, len(p))
	for i := range p {
		d[i] = p[i] - q[i]
	}
	return Hypot(d), nil
}

// vectorNorm is 3.11's vector_norm: the squares of the scaled coordinates are summed
// exactly enough that one Newton correction of the square root gives a result within
// one ulp, and the same bits as CPython.
func vectorNorm(v []float64, max float64, nan bool) float64 {
	if gomath.IsInf(max, 0) {
		return max
	}
	if nan {
		return gomath.NaN()
	}
	if max == 0 || len(v) <= 1 {
		return max
	}
	_, maxE := gomath.Frexp(max)
	if maxE < -1023 {
		// ldexp(1, -maxE) would overflow: renormalise subnormals first.
		const dblMin = 0x1p-1022
		for i := range v {
			v[i] /= dblMin
		}
		return dblMin * vectorNorm(v, max/dblMin, nan)
	}
	scale := gomath.Ldexp(1, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range v {
		x *= scale
		hi, lo := twoProd(x, x)
		s, e := fastTwoSum(csum, hi)
		csum = s
		frac1 += lo
		frac2 += e
	}
	h := gomath.Sqrt(csum - 1 + (frac1 + frac2))
	hi, lo := twoProd(-h, h)
	s, e := fastTwoSum(csum, hi)
	csum = s
	frac1 += lo
	frac2 += e
	x := csum - 1 + (frac1 + frac2)
	return (h + x/(2*h)) / scale
}

// twoProd returns a*b exactly as hi+lo.
func twoProd(a, b float64) (float64, float64) {
	hi := a * b
	return hi, gomath.FMA(a, b, -hi)
}

// fastTwoSum returns a+b exactly as hi+lo, given |a| >= |b|.
func fastTwoSum(a, b float64) (float64, float64) {
	hi := a + b
	return hi, b - (hi - a)
}
