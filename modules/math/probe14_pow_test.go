package math

import (
	gomath "math"
	"math/big"
	"testing"
)

// powTableRecipe computes entry i of powTab as glibc's table was made: c
// near the centre of subinterval i with a short 1/c (so z/c - 1 is exact),
// log(c) rounded to 43 fraction bits (so k*ln2hi + logc is exact) and the
// rest of log(c) as a double.
func powTableRecipe(i int) powEntry {
	lo := gomath.Float64frombits(powOff + uint64(i)<<45)
	hi := 2 * gomath.Float64frombits(powOff)
	if i+1 < powN {
		hi = gomath.Float64frombits(powOff + uint64(i+1)<<45)
	}
	center := (lo + hi) / 2
	invc := gomath.Round(2*powN/center) / powN / 2
	if center < 1 {
		invc = gomath.Round(powN/center) / powN
	}
	logc := bigLog(new(big.Float).SetPrec(200).SetFloat64(invc))
	logc.Neg(logc)
	scaled, _ := new(big.Float).SetMantExp(logc, 43).Float64()
	head := gomath.Round(scaled) / 0x1p43
	tail, _ := new(big.Float).SetPrec(200).Sub(logc, big.NewFloat(head)).Float64()
	return powEntry{invc, head, tail}
}

// bigLog is log(x) to about 200 bits: x = m·2**e, log m = 2·atanh((m-1)/(m+1)).
func bigLog(x *big.Float) *big.Float {
	m := new(big.Float).SetPrec(200)
	e := x.MantExp(m)
	r := atanhLog(m)
	ln2 := atanhLog(new(big.Float).SetPrec(200).SetInt64(2))
	return r.Add(r, ln2.Mul(ln2, new(big.Float).SetPrec(200).SetInt64(int64(e))))
}

func atanhLog(m *big.Float) *big.Float {
	one := big.NewFloat(1)
	t := new(big.Float).SetPrec(200).Sub(m, one)
	t.Quo(t, new(big.Float).SetPrec(200).Add(m, one))
	t2 := new(big.Float).SetPrec(200).Mul(t, t)
	sum, term := new(big.Float).SetPrec(200), new(big.Float).SetPrec(200).Set(t)
	for k := int64(1); k < 400; k += 2 {
		sum.Add(sum, new(big.Float).SetPrec(200).Quo(term, big.NewFloat(float64(k))))
		term.Mul(term, t2)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

func TestPowTableRecipe(t *testing.T) {
	for i := 0; i < powN; i++ {
		if got := powTableRecipe(i); got != powTab[i] {
			t.Errorf("powTab[%d] = %x, recipe gives %x", i, powTab[i], got)
		}
	}
}

// TestGlibcPow checks arguments where glibc's pow (CPython 3.11 on glibc
// 2.36 with FMA) is not correctly rounded, plus ordinary and edge ones.
func TestGlibcPow(t *testing.T) {
	cases := [][3]float64{
		{0x1.f6cca0c5ea884p-1, 0x1.1700c035388c0p+12, 0x1.294780918f25dp-117},
		{0x1.212c322decf7ep-1, 0x1.4000000000000p+3, 0x1.b0e50ec7cfc5ap-9},
		{0x1.fef736f0ba8b7p-1, 0x1.0854f03daef53p+18, 0x1.413be132b18b9p-790},
		{0x1.0d1fefe57a58ap-1, 0x1.0000000000000p-1, 0x1.73340a144eaddp-1},
		{0x1.00fbf620d0fbdp+0, 0x1.58a19b1bc3007p+17, 0x1.c7accae681a03p+976},
		{0x1.d4a45ec390062p+0, -0x1.0000000000000p+4, 0x1.07a823e520336p-14},
		{0x1.01cc4ac60b80cp+0, 0x1.5903b953f30c8p+1, 0x1.04e0150ef214cp+0},
		{0x1.cbdf1651003a6p+0, 0x1.b000000000000p+4, 0x1.c31cc1d60822ap+22},
		{0x1.791dcba3b3a14p+0, -0x1.f000000000000p+4, 0x1.98c5a6c35a83cp-18},
		{0x1.fc3d485dad045p-1, -0x1.d000000000000p+4, 0x1.3d054d4544541p+0},
		{2, 10, 1024}, {10, -2, 0.01}, {1.05, 10, 1.628894626777442}, {0.5, 1074, 0x1p-1074},
		{0.5, 1075, 0}, {2, 1024, gomath.Inf(1)}, {0x1p-1074, 0.5, 0x1p-537},
	}
	for _, c := range cases {
		got, ok := GlibcPow(c[0], c[1])
		if !ok || got != c[2] {
			t.Errorf("GlibcPow(%x, %x) = %x, %v; want %x", c[0], c[1], got, ok, c[2])
		}
	}
	for _, c := range [][2]float64{{-2, 3}, {0, 2}, {gomath.Inf(1), 2}, {2, 0x1p-70}, {2, 0x1p70}, {2, gomath.NaN()}} {
		if _, ok := GlibcPow(c[0], c[1]); ok {
			t.Errorf("GlibcPow(%v, %v) should leave the case to the caller", c[0], c[1])
		}
	}
}
