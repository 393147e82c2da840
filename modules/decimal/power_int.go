package cdecimal

// roundedIntPower computes x**n for an integer n the way the C module's
// libmpdec does, so that results agree digit for digit: binary
// exponentiation at a working precision of prec + (integer digits of y) + 2
// (one more for a negative y, whose base is first replaced by 1/x at that
// precision), each product rounded half-even, then one final rounding to
// the context. The exact power that intPower computes otherwise is
// correctly rounded, which libmpdec's result is only almost always, and
// costs thousands of digits for (1 + r) ** 360.
//
// ok is false when an intermediate value could leave the exponent range
// (the caller then takes the exact path, which handles overflow and
// underflow), when |x| is 1 (libmpdec's special case for powers of one),
// or when the products would be too long (huge precisions).
func roundedIntPower(x, y *dec, n int64, p *params, st *uint32) (dec, bool) {
	if n < 0 {
		n = -n
	}
	if n < 1 || isUnitMagnitude(x) {
		return dec{}, false
	}
	resultNeg := x.neg && n&1 == 1
	if r, ok := certainUnderflow(x, y, resultNeg, p, st); ok {
		return r, true
	}
	// Out of range on the shrinking side, libmpdec's loop below
	// underflows (possibly to a clamped zero); on the growing side the
	// exact path's overflow handling already agrees with it.
	if !powerStaysInRange(x, n, p) && !powUnderflowSide(x, y) {
		return dec{}, false
	}
	wp := *p
	wp.prec += int64(y.digits()) + y.exp + 2
	if wp.prec > maxPowDigits && (n > maxPowDigits || int64(x.digits())*n > maxPowDigits) {
		return dec{}, false // products too long to compute here
	}
	wp.round = roundHalfEven
	wp.clamp = 0
	base := finite(false, x.coefBig(), x.exp)
	if y.neg {
		wp.prec++
		one := finite(false, bigOne, 0)
		base = divDec(&one, &base, &wp, st)
		if base.isSpecial() {
			return dec{}, false
		}
	}
	var work uint32
	r := base
	top := 62
	for n>>top&1 == 0 {
		top--
	}
	for bit := top - 1; bit >= 0; bit-- {
		r = mulDec(&r, &r, &wp, &work)
		if n>>bit&1 == 1 {
			r = mulDec(&r, &base, &wp, &work)
		}
		if powLoopDone(&r, work) {
			break
		}
	}
	*st |= work
	r.neg = resultNeg
	return finalize(r, p, st), true
}

// isUnitMagnitude reports whether |x| == 1 (1, 1.0, 1.000, ...).
func isUnitMagnitude(x *dec) bool {
	if x.exp > 0 || x.coefBig().Sign() <= 0 || int64(x.digits()) != 1-x.exp {
		return false
	}
	return x.coefBig().Cmp(pow10(-x.exp)) == 0
}

// powerStaysInRange reports whether every power x**j, j <= n (and of 1/x),
// has an adjusted exponent safely inside [emin, emax], so no intermediate
// product overflows or becomes subnormal.
func powerStaysInRange(x *dec, n int64, p *params) bool {
	a := x.adjusted()
	if a < 0 {
		a = -a
	}
	limit := min(p.emax, -p.emin) - 2
	if a+1 > limit {
		return false
	}
	return n <= limit/(a+1)
}
