// This file defines the tests of float(str), float.fromhex and float.hex against python3.11.
package runtime

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// randomFloatLiteral assembles float() inputs from valid and invalid pieces.
func randomFloatLiteral(r *rand.Rand) string {
	if r.Intn(3) == 0 {
		return strconv.FormatFloat(randomFloat(r), "eEfgG"[r.Intn(5)], r.Intn(20)-1, 64)
	}
	if r.Intn(3) == 0 { // long digit strings test correct rounding
		var b strings.Builder
		for n := r.Intn(40); n > 0; n-- {
			b.WriteByte(byte('0' + r.Intn(10)))
		}
		b.WriteString(".")
		for n := r.Intn(40); n > 0; n-- {
			b.WriteByte(byte('0' + r.Intn(10)))
		}
		b.WriteString(fmt.Sprintf("e%d", r.Intn(700)-350))
		return b.String()
	}
	var b strings.Builder
	pick := func(p int, s ...string) {
		if r.Intn(100) < p {
			b.WriteString(s[r.Intn(len(s))])
		}
	}
	pick(15, " ", "\u00a0", "\t\n", "\u2003")
	pick(30, "-", "+", "--")
	pick(10, "inf", "INFINITY", "nAn", "infinit", "0x1", "i", "_")
	for n := r.Intn(6); n > 0; n-- {
		pick(80, "1", "0", "9", "5", "٣", "_", "__", "12", "00")
	}
	pick(50, ".", "._", "_.")
	for n := r.Intn(4); n > 0; n-- {
		pick(80, "1", "0", "7", "_", "٤")
	}
	pick(30, "e", "E", "e+", "e-", "e_", "_e")
	pick(30, "5", "308", "400", "-400", "1_0", "99999999999")
	pick(10, "x", "\x00", "é", "_")
	pick(15, " ", "\t")
	return b.String()
}

func TestParseFloatOracle(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	var strs []string
	var inputs []any
	for i := 0; i < 30000; i++ {
		s := randomFloatLiteral(r)
		strs = append(strs, s)
		inputs = append(inputs, strCodePoints(s))
	}
	handle := `
import math
def handle(x):
    f = float(''.join(map(chr, x)))
    return repr(f) + ('-' if math.copysign(1, f) < 0 else '')
`
	res := runOracle(t, handle, inputs)
	m := &mismatches{t: t}
	for i, s := range strs {
		f, err := parseFloat(s)
		got := okString(floatRepr(f) + map[bool]string{true: "-"}[math.Signbit(f)])
		if err != nil {
			got = errString(err)
		}
		m.check(strconv.Quote(s), got, res[i].String())
	}
	m.done()
}

// randomHexLiteral assembles float.fromhex inputs.
func randomHexLiteral(r *rand.Rand) string {
	if r.Intn(3) == 0 {
		return floatHex(randomFloat(r))
	}
	var b strings.Builder
	pick := func(p int, s ...string) {
		if r.Intn(100) < p {
			b.WriteString(s[r.Intn(len(s))])
		}
	}
	pick(10, " ", "\t", "\u00a0")
	pick(30, "-", "+")
	pick(60, "0x", "0X", "0", "x")
	pick(5, "inf", "nan", "Infinity")
	hex := "0123456789abcdefABCDEF"
	for n := r.Intn(20); n > 0; n-- {
		b.WriteByte(hex[r.Intn(len(hex))])
	}
	pick(50, ".")
	for n := r.Intn(20); n > 0; n-- {
		b.WriteByte(hex[r.Intn(len(hex))])
	}
	pick(60, "p", "P")
	pick(30, "-", "+")
	pick(70, "0", "1", "1022", "1023", "1024", "1074", "1075", "1090", "1000", "99999999999999999999", strconv.Itoa(r.Intn(2200)))
	pick(10, " ", "_", "\x00", "x")
	return b.String()
}

func TestFloatFromHexOracle(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	var strs []string
	var inputs []any
	for i := 0; i < 30000; i++ {
		s := randomHexLiteral(r)
		strs = append(strs, s)
		inputs = append(inputs, strCodePoints(s))
	}
	handle := `
import math
def handle(x):
    f = float.fromhex(''.join(map(chr, x)))
    return repr(f) + ('-' if math.copysign(1, f) < 0 else '')
`
	res := runOracle(t, handle, inputs)
	m := &mismatches{t: t}
	for i, s := range strs {
		f, err := floatFromHex(s)
		got := okString(floatRepr(f) + map[bool]string{true: "-"}[math.Signbit(f)])
		if err != nil {
			got = errString(err)
		}
		m.check(strconv.Quote(s), got, res[i].String())
	}
	m.done()
}

func TestFloatHexOracle(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	var fs []float64
	var inputs []any
	for i := 0; i < 10000; i++ {
		f := randomFloat(r)
		fs = append(fs, f)
		inputs = append(inputs, math.Float64bits(f))
	}
	res := runOracle(t, "def handle(x): return F(x).hex()", inputs)
	m := &mismatches{t: t}
	for i, f := range fs {
		m.check(f, okString(floatHex(f)), res[i].String())
		if g, err := floatFromHex(floatHex(f)); err != nil || (g != f && !math.IsNaN(f)) {
			t.Errorf("fromhex(hex(%v)) = %v, %v", f, g, err)
		}
	}
	m.done()
}

func FuzzParseFloat(f *testing.F) {
	for _, s := range []string{"1_0.5e-3", " -inf ", "0x1p3", "٣.٥", "nan"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := parseFloat(s); err == nil && !math.IsNaN(v) {
			if w, err := parseFloat(floatRepr(v)); err != nil || w != v {
				t.Fatalf("repr round trip of %v failed", v)
			}
		}
		if v, err := floatFromHex(s); err == nil && !math.IsNaN(v) {
			if w, err := floatFromHex(floatHex(v)); err != nil || w != v {
				t.Fatalf("hex round trip of %v failed", v)
			}
		}
	})
}

// randomComplexLiteral assembles complex() inputs from valid and invalid pieces.
func randomComplexLiteral(r *rand.Rand) string {
	var b strings.Builder
	pick := func(p int, s ...string) {
		if r.Intn(100) < p {
			b.WriteString(s[r.Intn(len(s))])
		}
	}
	num := []string{"1", "2.5", ".5", "5.", "1e3", "1e", "1_0", "1__0", "inf", "-inf", "nan", "Infinity",
		"infinit", "٣", "0x1", "1E-2", "00", "_1", "1_"}
	pick(15, " ", "\u00a0", "\t")
	pick(20, "(", "( ")
	pick(30, "-", "+")
	pick(80, num...)
	pick(50, "+", "-", " +", "+-")
	pick(60, num...)
	pick(70, "j", "J", "jj", "")
	pick(20, ")", " )", ") ")
	pick(10, " ", "\x00", "x")
	return b.String()
}

func TestParseComplexOracle(t *testing.T) {
	r := rand.New(rand.NewSource(21))
	var strs []string
	var inputs []any
	for i := 0; i < 20000; i++ {
		s := randomComplexLiteral(r)
		strs = append(strs, s)
		inputs = append(inputs, strCodePoints(s))
	}
	handle := floatOracleHelpers + `
def handle(x):
    c = complex(''.join(map(chr, x)))
    return R(c.real) + ' ' + R(c.imag)
`
	res := runOracle(t, handle, inputs)
	m := &mismatches{t: t}
	for i, s := range strs {
		re, im, err := parseComplex(s)
		got := complexResult(re, im, err)
		m.check(strconv.Quote(s), got, res[i].String())
	}
	m.done()
}
