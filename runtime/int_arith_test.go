// This file defines the tests of int floor division, **, pow with a modulus and true division
// against python3.11.
package runtime

import (
	"encoding/json"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

func TestIntArithOracle(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	small := func() *big.Int { return big.NewInt(int64(r.Intn(41) - 20)) }
	type tc struct {
		op      string
		a, b, m *big.Int
	}
	var cases []tc
	var inputs []any
	ops := []string{"divmod", "**", "pow3", "/", "round"}
	for i := 0; i < 20000; i++ {
		c := tc{op: ops[i%len(ops)], a: randomBigInt(r), b: randomBigInt(r), m: randomBigInt(r)}
		if r.Intn(2) == 0 {
			c.b = small()
		}
		if r.Intn(3) == 0 {
			c.m = small()
		}
		if c.op == "round" && c.b.CmpAbs(big.NewInt(200)) > 0 {
			c.b = big.NewInt(int64(r.Intn(120) - 100))
		}
		if c.op == "**" && c.b.Sign() > 0 {
			c.b = big.NewInt(int64(r.Intn(30)))
		}
		cases = append(cases, c)
		inputs = append(inputs, []any{c.op, c.a.String(), c.b.String(), c.m.String()})
	}
	handle := floatOracleHelpers + `
def handle(x):
    op, a, b, m = x[0], int(x[1]), int(x[2]), int(x[3])
    if op == 'divmod': return R(divmod(a, b))
    if op == '**': return R(a ** b)
    if op == 'pow3': return R(pow(a, b, m))
    if op == 'round': return R(round(a, b))
    return R(a / b)
`
	res := runOracle(t, handle, inputs, "PYTHONINTMAXSTRDIGITS=0")
	m := &mismatches{t: t}
	var powInexact []int
	for i, c := range cases {
		var got string
		switch c.op {
		case "divmod":
			q, rem, err := intFloorDivMod(c.a, c.b)
			got = bigResult(q, err)
			if err == nil {
				got = okString(q.String() + " " + rem.String())
			}
		case "**":
			x, f, isFloat, err := intPow(c.a, c.b)
			if isFloat || err != nil {
				got = floatResult(f, err)
			} else {
				got = okString(x.String())
			}
		case "pow3":
			got = bigResult(intModPow(c.a, c.b, c.m))
		case "/":
			got = floatResult(intTrueDivide(c.a, c.b))
		case "round":
			got = okString(intRound(c.a, c.b).String())
		}
		want := res[i].String()
		if c.op == "**" && got != want && got[0] == '"' && want[0] == '"' && c.b.Sign() < 0 {
			powInexact = append(powInexact, i)
			continue
		}
		m.check(inputs[i], got, want)
	}
	m.done()
	checkPowCorrectlyRounded(t, powInexact, func(i int) (float64, float64) {
		x, _ := intToFloat(cases[i].a)
		y, _ := intToFloat(cases[i].b)
		return x, y
	})
}

func TestIntBytesOracle(t *testing.T) {
	r := rand.New(rand.NewSource(24))
	type tc struct {
		x              *big.Int
		n              int
		little, signed bool
	}
	var cases []tc
	var inputs []any
	for i := 0; i < 5000; i++ {
		c := tc{randomBigInt(r), r.Intn(12), r.Intn(2) == 0, r.Intn(2) == 0}
		if r.Intn(3) == 0 {
			c.x = big.NewInt(int64(r.Intn(70000) - 35000))
		}
		cases = append(cases, c)
		inputs = append(inputs, []any{c.x.String(), c.n, c.little, c.signed})
	}
	handle := `
def handle(x):
    order = 'little' if x[2] else 'big'
    b = int(x[0]).to_bytes(x[1], order, signed=x[3])
    return [list(b), str(int.from_bytes(b, order, signed=x[3]))]
`
	res := runOracle(t, handle, inputs)
	m := &mismatches{t: t}
	for i, c := range cases {
		b, err := intToBytes(c.x, c.n, c.little, c.signed)
		got := ""
		if err != nil {
			got = errString(err)
		} else {
			ints := []int{}
			for _, v := range b {
				ints = append(ints, int(v))
			}
			js, _ := json.Marshal([]any{ints, intFromBytes(b, c.little, c.signed).String()})
			got = string(js)
		}
		want := res[i].String()
		if res[i].Err == "" {
			want = strings.ReplaceAll(want, " ", "")
		}
		m.check(inputs[i], got, want)
	}
	m.done()
}
