// This file defines the int arithmetic whose Python semantics differ from math/big's:
// floor division and modulo, ** with a negative exponent, and three-argument pow with
// modular inverses.
package runtime

import (
	"math/big"
)

// intFloorDivMod returns divmod(a, b) for ints: the quotient rounds toward minus
// infinity and the remainder takes the sign of b (big.Int's DivMod is Euclidean).
func intFloorDivMod(a, b *big.Int) (q, r *big.Int, err *pyErr) {
	if b.Sign() == 0 {
		return nil, nil, zeroDivisionError("integer division or modulo by zero")
	}
	q, r = new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && r.Sign() != b.Sign() {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r, nil
}

// intPow returns a ** b for ints. A negative b makes the result a float, computed as
// float(a) ** float(b), with CPython's errors.
func intPow(a, b *big.Int) (x *big.Int, f float64, isFloat bool, err *pyErr) {
	if b.Sign() < 0 {
		fa, err := intToFloat(a)
		if err != nil {
			return nil, 0, true, err
		}
		fb, err := intToFloat(b)
		if err != nil {
			return nil, 0, true, err
		}
		f, _, err = floatPow(fa, fb) // an int base never needs a complex result
		return nil, f, true, err
	}
	return new(big.Int).Exp(a, b, nil), 0, false, nil
}

// intModPow returns pow(a, b, m) for ints: the result has the sign of m, and a negative
// exponent uses the inverse of a modulo m (Python 3.8+).
func intModPow(a, b, m *big.Int) (*big.Int, *pyErr) {
	if m.Sign() == 0 {
		return nil, valueError("pow() 3rd argument cannot be 0")
	}
	mod := new(big.Int).Abs(m)
	if mod.Cmp(big.NewInt(1)) == 0 {
		return new(big.Int), nil
	}
	base := new(big.Int).Mod(a, mod)
	exp := b
	if b.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, mod)
		if inv == nil {
			return nil, valueError("base is not invertible for the given modulus")
		}
		base, exp = inv, new(big.Int).Neg(b)
	}
	z := new(big.Int).Exp(base, exp, mod)
	if m.Sign() < 0 && z.Sign() != 0 {
		z.Sub(z, mod)
	}
	return z, nil
}

// intRound returns round(x, ndigits) for ints: x itself for ndigits >= 0, else the
// nearest multiple of 10^-ndigits, ties to the even multiple.
func intRound(x *big.Int, ndigits *big.Int) *big.Int {
	if ndigits.Sign() >= 0 {
		return new(big.Int).Set(x)
	}
	// 10^k > 2|x| makes the answer 0; CPython would compute 10^k even for huge k.
	if k := new(big.Int).Neg(ndigits); !k.IsInt64() || float64(k.Int64()) > float64(x.BitLen()+1)*0.30103+1 {
		return new(big.Int)
	}
	p := new(big.Int).Exp(big.NewInt(10), new(big.Int).Neg(ndigits), nil)
	q := roundHalfEven(new(big.Rat).SetFrac(new(big.Int).Abs(x), p))
	q.Mul(q, p)
	if x.Sign() < 0 {
		q.Neg(q)
	}
	return q
}
