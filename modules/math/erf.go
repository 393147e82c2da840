// This file defines erf and erfc as glibc computes them: Sun's fdlibm method
// with the polynomials regrouped in pairs (glibc's change for pipelined
// processors), which rounds differently from the plain Horner form of Go's
// math.Erf, and glibc's exp.

package math

import gomath "math"

// The coefficients are variables, not constants, so that Go computes with
// them in float64 as C does instead of exactly at compile time.
var (
	erfTiny = 1e-300
	erfErx  = 8.45062911510467529297e-01
	erfEfx  = 1.28379167095512586316e-01
	// erf on [0, 0.84375]
	erfPP = [5]float64{1.28379167095512558561e-01, -3.25042107247001499370e-01,
		-2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05}
	erfQQ = [6]float64{0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
		5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06}
	// erf on [0.84375, 1.25]
	erfPA = [7]float64{-2.36211856075265944077e-03, 4.14856118683748331666e-01,
		-3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
		3.54783043256182359371e-02, -2.16637559486879084300e-03}
	erfQA = [7]float64{0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
		7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
		1.19844998467991074170e-02}
	// erfc on [1.25, 1/0.35]
	erfRA = [8]float64{-9.86494403484714822705e-03, -6.93858572707181764372e-01,
		-1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
		-1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00}
	erfSA = [9]float64{0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
		4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
		1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02}
	// erfc on [1/0.35, 28]
	erfRB = [7]float64{-9.86494292470009928597e-03, -7.99283237680523006574e-01,
		-1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
		-1.02509513161107724954e+03, -4.83519191608651397019e+02}
	erfSB = [8]float64{0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
		1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
		4.74528541206955367215e+02, -2.24409524465858183362e+01}
)

// highWord32 is the sign-less upper 32 bits of x, fdlibm's ix.
func highWord32(x float64) uint32 { return uint32(gomath.Float64bits(x)>>32) & 0x7fffffff }

// erfSmallRatio is R/S of the [0, 0.84375] interval, for z = x².
func erfSmallRatio(z float64) float64 {
	r1 := erfPP[0] + z*erfPP[1]
	z2 := z * z
	r2 := erfPP[2] + z*erfPP[3]
	z4 := z2 * z2
	s1 := 1 + z*erfQQ[1]
	s2 := erfQQ[2] + z*erfQQ[3]
	s3 := erfQQ[4] + z*erfQQ[5]
	r := r1 + z2*r2 + z4*erfPP[4]
	s := s1 + z2*s2 + z4*s3
	return r / s
}

// erfMidRatio is P/Q of the [0.84375, 1.25] interval, for s = |x|-1.
func erfMidRatio(s float64) float64 {
	p1 := erfPA[0] + s*erfPA[1]
	s2 := s * s
	q1 := 1 + s*erfQA[1]
	s4 := s2 * s2
	p2 := erfPA[2] + s*erfPA[3]
	s6 := s4 * s2
	q2 := erfQA[2] + s*erfQA[3]
	p3 := erfPA[4] + s*erfPA[5]
	q3 := erfQA[4] + s*erfQA[5]
	p := p1 + s2*p2 + s4*p3 + s6*erfPA[6]
	q := q1 + s2*q2 + s4*q3 + s6*erfQA[6]
	return p / q
}

// erfcTail is exp(-x²-0.5625+R/S)/… numerator r of erfc(x) = r/x for
// 1.25 <= x < 28 (x positive); wide selects the [1/0.35, 28] polynomials.
func erfcTail(x float64, wide bool) float64 {
	s := 1 / (x * x)
	var r, sv float64
	if !wide {
		r1 := erfRA[0] + s*erfRA[1]
		s2 := s * s
		t1 := 1 + s*erfSA[1]
		s4 := s2 * s2
		r2 := erfRA[2] + s*erfRA[3]
		s6 := s4 * s2
		t2 := erfSA[2] + s*erfSA[3]
		s8 := s4 * s4
		r3 := erfRA[4] + s*erfRA[5]
		t3 := erfSA[4] + s*erfSA[5]
		r4 := erfRA[6] + s*erfRA[7]
		t4 := erfSA[6] + s*erfSA[7]
		r = r1 + s2*r2 + s4*r3 + s6*r4
		sv = t1 + s2*t2 + s4*t3 + s6*t4 + s8*erfSA[8]
	} else {
		r1 := erfRB[0] + s*erfRB[1]
		s2 := s * s
		t1 := 1 + s*erfSB[1]
		s4 := s2 * s2
		r2 := erfRB[2] + s*erfRB[3]
		s6 := s4 * s2
		t2 := erfSB[2] + s*erfSB[3]
		r3 := erfRB[4] + s*erfRB[5]
		t3 := erfSB[4] + s*erfSB[5]
		t4 := erfSB[6] + s*erfSB[7]
		r = r1 + s2*r2 + s4*r3 + s6*erfRB[6]
		sv = t1 + s2*t2 + s4*t3 + s6*t4
	}
	z := gomath.Float64frombits(gomath.Float64bits(x) &^ 0xffffffff)
	return cExp(-z*z-0.5625) * cExp((z-x)*(z+x)+r/sv)
}

// cErf is glibc's erf.
func cErf(x float64) float64 {
	ix := highWord32(x)
	neg := gomath.Signbit(x)
	switch {
	case ix >= 0x7ff00000:
		if gomath.IsNaN(x) {
			return x
		}
		return gomath.Copysign(1, x)
	case ix < 0x3feb0000:
		if ix < 0x3e300000 {
			if ix < 0x00800000 {
				return 0.0625 * (16.0*x + (16.0*erfEfx)*x)
			}
			return x + erfEfx*x
		}
		return x + x*erfSmallRatio(x*x)
	case ix < 0x3ff40000:
		if !neg {
			return erfErx + erfMidRatio(gomath.Abs(x)-1)
		}
		return -erfErx - erfMidRatio(gomath.Abs(x)-1)
	case ix >= 0x40180000:
		if !neg {
			return 1 - erfTiny
		}
		return erfTiny - 1
	}
	ax := gomath.Abs(x)
	r := erfcTail(ax, ix >= 0x4006DB6E)
	if !neg {
		return 1 - r/ax
	}
	return r/ax - 1
}

// cErfc is glibc's erfc.
func cErfc(x float64) float64 {
	ix := highWord32(x)
	neg := gomath.Signbit(x)
	switch {
	case ix >= 0x7ff00000:
		if gomath.IsNaN(x) {
			return x
		}
		if neg {
			return 2
		}
		return 0
	case ix < 0x3feb0000:
		if ix < 0x3c700000 {
			return 1 - x
		}
		y := erfSmallRatio(x * x)
		if !neg && ix >= 0x3fd00000 { // x >= 1/4
			r := x * y
			r += x - 0.5
			return 0.5 - r
		}
		return 1 - (x + x*y)
	case ix < 0x3ff40000:
		pq := erfMidRatio(gomath.Abs(x) - 1)
		if !neg {
			return (1 - erfErx) - pq
		}
		return 1 + (erfErx + pq)
	case ix < 0x403c0000:
		ax := gomath.Abs(x)
		if neg && ix >= 0x40180000 {
			return 2 - erfTiny
		}
		r := erfcTail(ax, ix >= 0x4006DB6D)
		if !neg {
			return r / ax
		}
		return 2 - r/ax
	}
	if !neg {
		return erfTiny * erfTiny
	}
	return 2 - erfTiny
}
