// This file defines the tests of the glibc-like elementary functions against python3.11's math
// module, which calls glibc.
package runtime

import (
	"encoding/json"
	"math"
	"math/rand"
	"testing"
)

func TestLibmOracle(t *testing.T) {
	r := rand.New(rand.NewSource(18))
	var xs, ys []float64
	var inputs []any
	for i := 0; i < 20000; i++ {
		x, y := r.Float64()*8-4, r.Float64()*8-4
		switch i % 5 {
		case 0:
			x *= 1000
		case 1:
			x, y = randomFloat(r), randomFloat(r)
		case 2:
			x = math.Ldexp(r.Float64(), r.Intn(100)-50)
		case 3:
			x = float64(r.Intn(100)) * math.Pi / 2 * (1 + (r.Float64()-0.5)*1e-15)
		}
		xs, ys = append(xs, x), append(ys, y)
		inputs = append(inputs, []any{math.Float64bits(x), math.Float64bits(y)})
	}
	handle := `
import math
def C(f, *a):
    try: return repr(f(*a))
    except (ValueError, OverflowError) as e: return type(e).__name__
def handle(x):
    a, b = F(x[0]), F(x[1])
    return [C(math.atan2, a, b), C(math.sin, a), C(math.cos, a), C(math.exp, b), C(math.log, abs(a)), C(math.exp, a / 64)]
`
	res := runOracle(t, handle, inputs)
	names := []string{"atan2", "sin", "cos", "exp", "log", "exp"}
	bad := make([]int, len(names))
	for i := range xs {
		var want []string
		if err := json.Unmarshal(res[i].OK, &want); err != nil {
			t.Fatal(err)
		}
		x, y := xs[i], ys[i]
		got := []float64{libmAtan2(x, y), libmSin(x), libmCos(x), libmExp(y), libmLog(math.Abs(x)), libmExp(x / 64)}
		for k, g := range got {
			if want[k] == "ValueError" || want[k] == "OverflowError" {
				continue // math's errors for inf and nan results
			}
			if floatRepr(g) != want[k] {
				if bad[k]++; bad[k] <= 3 {
					t.Logf("%s(%v, %v) = %v, glibc %s", names[k], x, y, floatRepr(g), want[k])
				}
			}
		}
	}
	t.Logf("differences from glibc of %d arguments: %v %v", len(xs), names, bad)
	for k, n := range bad {
		if n > len(xs)/500 {
			t.Errorf("%s differs from glibc too often: %d", names[k], n)
		}
	}
}

func BenchmarkLibmSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		libmSin(1.5 + float64(i%7))
	}
}
