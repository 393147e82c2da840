// This file defines the float arithmetic whose corner cases CPython 3.11 settles itself
// rather than leaving to C: round, divmod, %, //, **, as_integer_ratio, and the exact
// int/int true division and int/float conversions that float results rely on.
package runtime

import (
	"math"
	"math/big"
	"strconv"
	"sync"
)

func zeroDivisionError(msg string) *pyErr { return &pyErr{"ZeroDivisionError", msg} }

// floatDivMod returns divmod(x, y) for floats: the remainder takes the sign of y and the
// quotient is snapped to the nearest integer, as _float_div_mod does.
func floatDivMod(x, y float64) (div, mod float64, err *pyErr) {
	if y == 0 {
		return 0, 0, zeroDivisionError("float divmod()")
	}
	div, mod = floatDivModUnchecked(x, y)
	return div, mod, nil
}

func floatDivModUnchecked(x, y float64) (floorDiv, mod float64) {
	mod = math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div--
		}
	} else {
		mod = math.Copysign(0, y)
	}
	if div != 0 {
		floorDiv = math.Floor(div)
		if div-floorDiv > 0.5 {
			floorDiv++
		}
	} else {
		floorDiv = math.Copysign(0, x/y)
	}
	return floorDiv, mod
}

// floatFloorDiv returns x // y for floats.
func floatFloorDiv(x, y float64) (float64, *pyErr) {
	if y == 0 {
		return 0, zeroDivisionError("float floor division by zero")
	}
	d, _ := floatDivModUnchecked(x, y)
	return d, nil
}

// floatMod returns x % y for floats, with the sign of y.
func floatMod(x, y float64) (float64, *pyErr) {
	if y == 0 {
		return 0, zeroDivisionError("float modulo")
	}
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod, nil
}

// floatTrueDiv returns x / y for floats.
func floatTrueDiv(x, y float64) (float64, *pyErr) {
	if y == 0 {
		return 0, zeroDivisionError("float division by zero")
	}
	return x / y, nil
}

// isOddInteger reports whether f is an odd integer (DOUBLE_IS_ODD_INTEGER).
func isOddInteger(f float64) bool {
	return math.Mod(f, 2) == 1 || math.Mod(f, 2) == -1
}

// floatPow returns x ** y for floats as float_pow does. When x is negative and y not an
// integer the result is complex: needComplex is then true and the caller must compute
// complex(x) ** complex(y).
func floatPow(x, y float64) (result float64, needComplex bool, err *pyErr) {
	switch {
	case y == 0:
		return 1, false, nil
	case math.IsNaN(x):
		return x, false, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, false, nil
		}
		return y, false, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		if ax == 1 {
			return 1, false, nil
		}
		if (y > 0) == (ax > 1) {
			return math.Inf(1), false, nil
		}
		return 0, false, nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, false, nil
			}
			return math.Abs(x), false, nil
		}
		if odd {
			return math.Copysign(0, x), false, nil
		}
		return 0, false, nil
	case x == 0:
		if y < 0 {
			return 0, false, zeroDivisionError("0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return x, false, nil
		}
		return 0, false, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, true, nil
		}
		x, negate = -x, isOddInteger(y)
	}
	r := 1.0
	if x != 1 {
		r = accuratePow(x, y)
		if math.IsInf(r, 0) {
			return 0, false, overflowError("(34, 'Numerical result out of range')")
		}
	}
	if negate {
		r = -r
	}
	return r, false, nil
}

// accuratePow computes x**y for finite x > 0, x != 1, finite y != 0. glibc's pow, which
// CPython calls, is correctly rounded but for rare cases, while Go's math.Pow is often off
// by an ulp or more; so this works in double-double arithmetic (about 104 bits) and rounds
// once at the end. When the math module is linked in, libmPowHook returns glibc's own
// result instead (modules/math/probe14_pow.go), and this serves the arguments it leaves.
func accuratePow(x, y float64) float64 {
	if libmPowHook != nil {
		if r, ok := libmPowHook(x, y); ok {
			return r
		}
	}
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	}
	if y == math.Trunc(y) && math.Abs(y) <= 64 {
		return ddIntPow(x, int(y))
	}
	hi, lo := ddLog(x)
	phi, plo := twoProd(y, hi)
	if math.IsInf(phi, 0) {
		return ddExp(phi, 0)
	}
	plo += y * lo
	phi, plo = fastTwoSum(phi, plo)
	return ddExp(phi, plo)
}

// Double-double helpers: a value is hi+lo with |lo| <= ulp(hi)/2.

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func fastTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

func ddAdd(ah, al, bh, bl float64) (float64, float64) {
	s, e := twoSum(ah, bh)
	e += al + bl
	return fastTwoSum(s, e)
}

func ddMul(ah, al, bh, bl float64) (float64, float64) {
	p, e := twoProd(ah, bh)
	e += ah*bl + al*bh
	return fastTwoSum(p, e)
}

func ddDiv(ah, al, bh, bl float64) (float64, float64) {
	q1 := ah / bh
	// remainder a - q1*b, then one correction step
	ph, pl := ddMul(q1, 0, bh, bl)
	rh, rl := ddAdd(ah, al, -ph, -pl)
	q2 := (rh + rl) / bh
	return fastTwoSum(q1, q2)
}

// ln 2 as a double-double.
const (
	ln2Hi = 0x1.62e42fefa39efp-1
	ln2Lo = 0x1.abc9e3b39803fp-56
)

// ddIntPow computes x**n by binary powering in double-double.
func ddIntPow(x float64, n int) float64 {
	neg := n < 0
	if neg {
		n = -n
	}
	// x = m·2^e with m in [0.5, 1): powers of m cannot overflow for n <= 64.
	m, e := math.Frexp(x)
	rh, rl := 1.0, 0.0
	bh, bl := m, 0.0
	for k := n; k > 0; k >>= 1 {
		if k&1 == 1 {
			rh, rl = ddMul(rh, rl, bh, bl)
		}
		bh, bl = ddMul(bh, bl, bh, bl)
	}
	scale := e * n
	if neg {
		rh, rl = ddDiv(1, 0, rh, rl)
		scale = -scale
	}
	return ddLdexp(rh, rl, scale)
}

// ddLdexp rounds (hi+lo)·2^k to a float64 once, also when the result is subnormal.
func ddLdexp(hi, lo float64, k int) float64 {
	_, e := math.Frexp(hi)
	if e+k > -1021 || hi == 0 || math.IsNaN(hi) || math.IsInf(hi, 0) || math.IsNaN(lo) {
		return math.Ldexp(hi, k) // exact scaling, or overflow to infinity
	}
	sum := new(big.Float).SetPrec(2200).SetFloat64(hi)
	sum.Add(sum, new(big.Float).SetFloat64(lo))
	f, _ := sum.SetMantExp(sum, k).Float64()
	return f
}

const (
	logTerms = 24 // |s| < 0.172 in ddLogSeries: s^(2·24) < 2^-110
)

// ddReciprocals[n] is 1/n as a double-double, for the series of ddLog and ddExp.
var ddReciprocals = func() (t [2*logTerms + 2][2]float64) {
	for n := 1; n < len(t); n++ {
		t[n][0], t[n][1] = ddDiv(1, 0, float64(n), 0)
	}
	return t
}()

// ddLog returns ln(x) for finite x > 0 as a double-double. With x = m·2^e, m in
// [√½, √2), and r a table value near 1/m: ln m = ln(m·r) − ln r, and m·r is within
// about 1/128 of 1, where ln t = 2·atanh(s), s = (t−1)/(t+1), needs seven terms. Around
// m = 1 the table holds r = 1 exactly, so results near zero keep full relative accuracy.
func ddLog(x float64) (float64, float64) {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	tab := logTable()
	j := int(math.Round((m - 1) * 64))
	ent := &tab[j-logTableMin]
	th, tl := twoProd(m, ent.r) // exact
	nh, nl := ddAdd(th, tl, -1, 0)
	dh, dl := ddAdd(th, tl, 1, 0)
	ph, pl := ddAtanhSeries(ddDiv(nh, nl, dh, dl))
	ph, pl = ddAdd(ph, pl, -ent.lnH, -ent.lnL)
	eh, el := ddMul(ln2Hi, ln2Lo, float64(e), 0)
	return ddAdd(ph, pl, eh, el)
}

// ddAtanhSeries returns 2·atanh(s) = 2·(s + s³/3 + s⁵/5 + ...) for |s| < 1/200.
func ddAtanhSeries(sh, sl float64) (float64, float64) {
	s2h, s2l := ddMul(sh, sl, sh, sl)
	c := &ddReciprocals
	ph, pl := c[15][0], c[15][1]
	for k := 6; k >= 0; k-- {
		ph, pl = ddMul(ph, pl, s2h, s2l)
		ph, pl = ddAdd(ph, pl, c[2*k+1][0], c[2*k+1][1])
	}
	return ddMul(ph, pl, 2*sh, 2*sl)
}

const logTableMin, logTableMax = -19, 27 // round((m-1)·64) for m in [√½, √2)

// logEntry is r ≈ 1/(1 + j/64) and ln r as a double-double.
type logEntry struct{ r, lnH, lnL float64 }

var logTab struct {
	once sync.Once
	t    [logTableMax - logTableMin + 1]logEntry
}

// logTable builds the table on first use with the slow but simple series of
// ddLogSeries (about 50µs).
func logTable() *[logTableMax - logTableMin + 1]logEntry {
	logTab.once.Do(func() {
		for j := logTableMin; j <= logTableMax; j++ {
			r := 1 / (1 + float64(j)/64)
			h, l := ddLogSeries(r)
			logTab.t[j-logTableMin] = logEntry{r, h, l}
		}
	})
	return &logTab.t
}

// ddLogSeries is ln(x) by the atanh series on [√½, √2) with 24 terms, for the tables.
func ddLogSeries(x float64) (float64, float64) {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	dh, dl := twoSum(m, 1)
	sh, sl := ddDiv(m-1, 0, dh, dl) // m-1 is exact
	s2h, s2l := ddMul(sh, sl, sh, sl)
	c := &ddReciprocals
	ph, pl := c[2*logTerms+1][0], c[2*logTerms+1][1]
	for k := logTerms - 1; k >= 0; k-- {
		ph, pl = ddMul(ph, pl, s2h, s2l)
		ph, pl = ddAdd(ph, pl, c[2*k+1][0], c[2*k+1][1])
	}
	ph, pl = ddMul(ph, pl, 2*sh, 2*sl)
	eh, el := ddMul(ln2Hi, ln2Lo, float64(e), 0)
	return ddAdd(ph, pl, eh, el)
}

// ddExp returns e^(hi+lo) rounded to a float64: hi+lo = (64q + j)·ln2/64 + r with
// |r| <= ln2/128, so e^(hi+lo) = 2^q · 2^(j/64) · e^r, the middle factor from a table
// and e^r − 1 from twelve terms of its Taylor series.
func ddExp(hi, lo float64) float64 {
	if hi > 710 {
		return math.Inf(1)
	}
	if hi < -746 {
		return 0
	}
	tab := expTable()
	n := math.Round(hi * (64 / ln2Hi))
	kh, kl := ddMul(ln2Hi/64, ln2Lo/64, n, 0)
	rh, rl := ddAdd(hi, lo, -kh, -kl)
	qh, ql := ddExpm1Series(rh, rl, 12)
	ni := int(n)
	j := ni & 63
	t := &tab[j]
	ph, pl := ddMul(t[0], t[1], qh, ql)
	vh, vl := ddAdd(t[0], t[1], ph, pl)
	return ddLdexp(vh, vl, (ni-j)/64)
}

// ddExpm1Series returns e^r − 1 = r + r²/2! + ... with terms up to r^n/n!.
func ddExpm1Series(rh, rl float64, n int) (float64, float64) {
	qh, ql := 0.0, 0.0
	c := &ddReciprocals
	for ; n >= 1; n-- {
		qh, ql = ddAdd(qh, ql, 1, 0)
		qh, ql = ddMul(qh, ql, rh, rl)
		qh, ql = ddMul(qh, ql, c[n][0], c[n][1])
	}
	return qh, ql
}

var expTab struct {
	once sync.Once
	t    [64][2]float64 // 2^(j/64) as double-doubles
}

// expTable builds 2^(j/64) on first use: e^(j·ln2/64) from the series after halving
// the argument eight times and squaring back.
func expTable() *[64][2]float64 {
	expTab.once.Do(func() {
		for j := 0; j < 64; j++ {
			rh, rl := ddMul(ln2Hi, ln2Lo, float64(j)/64/256, 0)
			qh, ql := ddExpm1Series(rh, rl, 14)
			for i := 0; i < 8; i++ { // (1+q)² = 1 + (2q + q²)
				sh, sl := ddMul(qh, ql, qh, ql)
				qh, ql = ddAdd(2*qh, 2*ql, sh, sl)
			}
			expTab.t[j][0], expTab.t[j][1] = ddAdd(1, 0, qh, ql)
		}
	})
	return &expTab.t
}

// floatRound returns round(x, ndigits) for a float, correctly rounded (ties to even on
// the exact binary value, as dtoa's mode 3), as double_round does.
func floatRound(x float64, ndigits int64) (float64, *pyErr) {
	const ndigitsMax, ndigitsMin = 323, -308
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || ndigits > ndigitsMax:
		return x, nil
	case ndigits < ndigitsMin:
		return 0 * x, nil
	}
	var r float64
	if ndigits >= 0 {
		r, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', int(ndigits), 64), 64)
	} else {
		r = roundToPowerOfTen(x, -ndigits)
	}
	if math.IsInf(r, 0) {
		return 0, overflowError("rounded value too large to represent")
	}
	return r, nil
}

// roundToPowerOfTen rounds x to a multiple of 10^k, ties to even, keeping the sign of x.
func roundToPowerOfTen(x float64, k int64) float64 {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
	q := new(big.Rat).SetFloat64(math.Abs(x))
	q.Quo(q, new(big.Rat).SetInt(p))
	n := roundHalfEven(q)
	f, _ := new(big.Float).SetInt(n.Mul(n, p)).Float64()
	return math.Copysign(f, x)
}

// roundHalfEven rounds a non-negative rational to the nearest integer, ties to even.
func roundHalfEven(q *big.Rat) *big.Int {
	n, rem := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
	switch rem.Lsh(rem, 1).Cmp(q.Denom()) {
	case 1:
		n.Add(n, big.NewInt(1))
	case 0:
		if n.Bit(0) == 1 {
			n.Add(n, big.NewInt(1))
		}
	}
	return n
}

// floatRoundToInt returns round(x) with no ndigits: the nearest integer, ties to even.
func floatRoundToInt(x float64) (*big.Int, *pyErr) {
	r := math.RoundToEven(x)
	return floatToInt(r)
}

// floatToInt returns int(x), truncating toward zero.
func floatToInt(x float64) (*big.Int, *pyErr) {
	if math.IsNaN(x) {
		return nil, valueError("cannot convert float NaN to integer")
	}
	if math.IsInf(x, 0) {
		return nil, overflowError("cannot convert float infinity to integer")
	}
	n, _ := new(big.Float).SetFloat64(math.Trunc(x)).Int(nil)
	return n, nil
}

// floatAsIntegerRatio returns float.as_integer_ratio(): the fraction in lowest terms
// with a positive denominator.
func floatAsIntegerRatio(x float64) (num, den *big.Int, err *pyErr) {
	if math.IsInf(x, 0) {
		return nil, nil, overflowError("cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(x) {
		return nil, nil, valueError("cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom()), nil
}

// intTrueDivide returns a / b for ints, correctly rounded as long_true_divide.
func intTrueDivide(a, b *big.Int) (float64, *pyErr) {
	if b.Sign() == 0 {
		return 0, zeroDivisionError("division by zero")
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("integer division result too large for a float")
	}
	if f == 0 && (a.Sign() < 0) != (b.Sign() < 0) {
		f = math.Copysign(0, -1) // 0 / -1 is -0.0
	}
	return f, nil
}

// compareFloatInt compares f with x exactly, as float_richcompare does: -1, 0 or 1,
// or unordered for a nan (then only != holds). Converting x to a float instead would
// make 2**53 + 1 == 2.0**53.
func compareFloatInt(f float64, x *big.Int) (cmp int, unordered bool) {
	switch {
	case math.IsNaN(f):
		return 0, true
	case math.IsInf(f, 1):
		return 1, false
	case math.IsInf(f, -1):
		return -1, false
	}
	if x.IsInt64() {
		if i := x.Int64(); i > -1<<53 && i < 1<<53 {
			g := float64(i)
			switch {
			case f < g:
				return -1, false
			case f > g:
				return 1, false
			}
			return 0, false
		}
	}
	return new(big.Float).SetFloat64(f).Cmp(new(big.Float).SetInt(x)), false
}
