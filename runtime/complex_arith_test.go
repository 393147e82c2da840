// This file defines the tests of complex division, multiplication, powers and abs against
// python3.11.
package runtime

import (
	"fmt"
	"math"
	"math/rand"
	"testing"
)

func complexResult(re, im float64, err *pyErr) string {
	if err != nil {
		return errString(err)
	}
	return okString(unquote(floatResult(re, nil)) + " " + unquote(floatResult(im, nil)))
}

func TestComplexArithOracle(t *testing.T) {
	r := rand.New(rand.NewSource(17))
	type tc struct {
		op             string
		ar, ai, br, bi float64
	}
	var cases []tc
	var inputs []any
	ops := []string{"/", "*", "**int", "**", "abs"}
	pick := func() float64 {
		if r.Intn(6) == 0 {
			return []float64{0, math.Copysign(0, -1), math.Inf(1), math.NaN(), 1, -2}[r.Intn(6)]
		}
		if r.Intn(2) == 0 {
			return r.Float64()*20 - 10
		}
		return randomFloat(r)
	}
	for i := 0; i < 25000; i++ {
		c := tc{ops[i%len(ops)], pick(), pick(), pick(), pick()}
		if c.op == "**int" {
			c.br, c.bi = float64(r.Intn(201)-100), 0
			if r.Intn(2) == 0 {
				c.br = float64(r.Intn(9) - 4)
			}
		}
		if c.op == "**" && r.Intn(2) == 0 {
			c.ar, c.ai, c.br, c.bi = r.Float64()*4-2, r.Float64()*4-2, r.Float64()*6-3, r.Float64()*2-1
		}
		cases = append(cases, c)
		inputs = append(inputs, []any{c.op, math.Float64bits(c.ar), math.Float64bits(c.ai),
			math.Float64bits(c.br), math.Float64bits(c.bi)})
	}
	handle := floatOracleHelpers + `
def handle(x):
    op = x[0]
    a, b = complex(F(x[1]), F(x[2])), complex(F(x[3]), F(x[4]))
    if op == 'abs': return R(abs(a))
    if op == '/': c = a / b
    elif op == '*': c = a * b
    else: c = a ** b
    return R(c.real) + ' ' + R(c.imag)
`
	res := runOracle(t, handle, inputs)
	m := &mismatches{t: t}
	general, generalDiffer := 0, 0
	for i, c := range cases {
		var got string
		switch c.op {
		case "/":
			got = complexResult(complexDiv(c.ar, c.ai, c.br, c.bi))
		case "*":
			re, im := complexProd(c.ar, c.ai, c.br, c.bi)
			got = complexResult(re, im, nil)
		case "**int", "**":
			got = complexResult(complexPow(c.ar, c.ai, c.br, c.bi))
		case "abs":
			got = floatResult(complexAbs(c.ar, c.ai))
		}
		want := res[i].String()
		isGeneral := c.op == "**" && !(c.bi == 0 && c.br == math.Floor(c.br) && math.Abs(c.br) <= 100)
		if isGeneral {
			// The polar form chains pow, atan2, exp, log, cos and sin; glibc's are off by
			// an ulp for about 1 argument in 1500, and a phase an ulp off moves the
			// result: count the differences, and fail only if they are frequent.
			general++
			if got != want {
				generalDiffer++
				if generalDiffer <= 3 {
					t.Logf("%v: got %s want %s", c, got, want)
				}
			}
			continue
		}
		if c.op == "abs" && got == `"nan"` && want == "OverflowError: absolute value too large" {
			// CPython's _Py_c_abs returns nan without clearing errno, so abs() of a nan
			// complex raises if an earlier computation left ERANGE behind: not a behavior
			// to copy.
			continue
		}
		m.check(fmt.Sprint(c), got, want)
	}
	m.done()
	t.Logf("general complex powers: %d of %d differ from glibc-based results", generalDiffer, general)
	if generalDiffer > general/50 {
		t.Errorf("too many general complex powers differ: %d of %d", generalDiffer, general)
	}
}
