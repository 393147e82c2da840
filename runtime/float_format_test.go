// This file defines the tests of repr(complex) against python3.11; float and complex
// __format__ are tested with the other format() cases in format_spec_test.go.
package runtime

import (
	"math"
	"math/rand"
	"testing"
)

func TestComplexReprOracle(t *testing.T) {
	r := rand.New(rand.NewSource(15))
	var inputs []any
	var cs [][2]float64
	for i := 0; i < 5000; i++ {
		re, im := randomFloat(r), randomFloat(r)
		switch r.Intn(4) {
		case 0:
			re = math.Copysign(0, float64(r.Intn(2)*2-1))
		case 1:
			im = []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1)}[r.Intn(4)]
		}
		cs = append(cs, [2]float64{re, im})
		inputs = append(inputs, []any{math.Float64bits(re), math.Float64bits(im)})
	}
	res := runOracle(t, "def handle(x): return repr(complex(F(x[0]), F(x[1])))", inputs)
	m := &mismatches{t: t}
	for i, c := range cs {
		got, err := formatComplex(c[0], c[1], "", "complex")
		if err != nil {
			t.Fatal(err)
		}
		m.check(c, okString(got), res[i].String())
		if complexRepr(c[0], c[1]) != got {
			t.Fatal("complexRepr and format(c, '') differ")
		}
	}
	m.done()
}
