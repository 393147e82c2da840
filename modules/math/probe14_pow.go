// This file defines pow as glibc 2.36 computes it (Szabolcs Nagy's method,
// in the variant glibc selects on CPUs with FMA), which CPython's float **
// and math.pow return: log(x) in double-double from a 128-entry table of
// 1/c and log(c) and a degree-8 polynomial, multiplied by y, then exp of
// the sum with its tail through exp's table. It is within 0.52 ulp but not
// correctly rounded, so the runtime's correctly rounded pow disagreed with
// it on about one argument in 1500; this one agrees on all but a few in
// 100000 (results within 1e-9 ulp of a rounding tie).

package math

import gomath "math"

const (
	powN   = 128                // table entries (POW_LOG_TABLE_BITS = 7)
	powOff = 0x3fe6955500000000 // bits of 0x1.69555p-1, where the table's range starts
)

// The constants of glibc's e_pow_log_data.c: ln 2 split so that k*powLn2Hi
// is exact, and the fitted polynomial for log(1+r), pre-scaled as glibc
// evaluates it.
var (
	powLn2Hi = 0x1.62e42fefa3800p-1
	powLn2Lo = 0x1.ef35793c76730p-45
	powA     = [7]float64{-0x1p-1, 0x1.555555555556p-2 * -2, -0x1.0000000000006p-2 * -2,
		0x1.999999959554ep-3 * 4, -0x1.555555529a47ap-3 * 4, 0x1.2495b9b4845e9p-3 * -8,
		-0x1.0002b8b263fc3p-3 * -8}
)

// powEntry is one subinterval's 1/c and log(c) = logc + logctail.
type powEntry struct{ invc, logc, logctail float64 }

// GlibcPow is glibc's pow for finite x > 0 and 2**-65 <= |y| < 2**63; ok
// is false for other arguments, whose results the caller computes.
func GlibcPow(x, y float64) (float64, bool) {
	ix := gomath.Float64bits(x)
	topx, topy := top12(x), top12(y)&0x7ff
	if !(x > 0) || topx >= 0x7ff || topy-0x3be >= 0x43e-0x3be {
		return 0, false
	}
	if topx == 0 { // subnormal x: normalize, leaving a negative exponent
		ix = gomath.Float64bits(x*0x1p52) &^ (1 << 63)
		ix -= 52 << 52
	}
	hi, lo := powLog(ix)
	ehi := y * hi
	elo := gomath.FMA(y, lo, gomath.FMA(y, hi, -ehi))
	return powExp(ehi, elo), true
}

// powLog returns log(x) as hi + lo for x's bits ix: x = 2**k·z with z in
// the table's range, log x = k·ln2 + log c + log(z/c), where z/c - 1 is
// exact with an FMA.
func powLog(ix uint64) (float64, float64) {
	tmp := ix - powOff
	e := &powTab[(tmp>>45)%powN]
	kd := float64(int64(tmp) >> 52)
	z := gomath.Float64frombits(ix - tmp&(0xfff<<52))
	r := gomath.FMA(z, e.invc, -1.0)
	t1 := gomath.FMA(kd, powLn2Hi, e.logc)
	t2 := t1 + r
	lo1 := gomath.FMA(kd, powLn2Lo, e.logctail)
	lo2 := t1 - t2 + r
	ar := powA[0] * r
	ar2 := r * ar
	ar3 := r * ar2
	hi := t2 + ar2
	lo3 := gomath.FMA(ar, r, -ar2)
	lo4 := t2 - hi + ar2
	p := ar3 * gomath.FMA(ar2, gomath.FMA(ar2, gomath.FMA(r, powA[6], powA[5]), gomath.FMA(r, powA[4], powA[3])), gomath.FMA(r, powA[2], powA[1]))
	lo := lo1 + lo2 + lo3 + lo4 + p
	y := hi + lo
	return y, hi - y + lo
}

// powExp is exp(x + xtail) as pow's inlined copy of exp computes it: cExp's
// steps with the tail added to the reduced argument.
func powExp(x, xtail float64) float64 {
	abstop := top12(x) & 0x7ff
	if abstop-top12(0x1p-54) >= top12(512)-top12(0x1p-54) {
		if abstop-top12(0x1p-54) >= 0x80000000 {
			return 1 + x // tiny: pow is 1 to within rounding
		}
		if abstop >= top12(1024) {
			if gomath.Signbit(x) {
				return 0
			}
			return gomath.Inf(1)
		}
		abstop = 0 // large |x|: scaled below
	}
	kd := gomath.FMA(expInvLn2N, x, expShift)
	ki := gomath.Float64bits(kd)
	kd -= expShift
	r := gomath.FMA(kd, expNegLn2Lo, gomath.FMA(kd, expNegLn2Hi, x))
	r += xtail
	idx := 2 * (ki % 128)
	tail := gomath.Float64frombits(expTab[idx])
	sbits := expTab[idx+1] + ki<<45
	r2 := r * r
	tmp := gomath.FMA(r2*r2, gomath.FMA(r, expC5, expC4), gomath.FMA(r2, gomath.FMA(r, expC3, expC2), tail+r))
	if abstop == 0 {
		return expSpecial(tmp, sbits, ki)
	}
	scale := gomath.Float64frombits(sbits)
	return gomath.FMA(scale, tmp, scale)
}
