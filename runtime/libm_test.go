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

// FuzzLibm checks that no argument makes the double-double functions panic, and that
// they stay within a few ulps of Go's math package.
func FuzzLibm(f *testing.F) {
	f.Add(uint64(0x3ff8000000000000), uint64(0x4004000000000000))
	f.Add(uint64(1), uint64(0x7fefffffffffffff))
	f.Fuzz(func(t *testing.T, xb, yb uint64) {
		x, y := math.Float64frombits(xb), math.Float64frombits(yb)
		near := func(name string, got, ref float64) {
			if math.IsNaN(ref) || math.IsInf(ref, 0) || ref == 0 || math.Abs(ref) < 1e-300 {
				return
			}
			if math.Abs(got-ref) > 1e-13*math.Abs(ref) {
				t.Fatalf("%s(%v, %v) = %v, math gives %v", name, x, y, got, ref)
			}
		}
		near("exp", libmExp(x), math.Exp(x))
		if math.Abs(x) >= 0x1p-1022 { // Go 1.26's math.Log is wrong for subnormals on amd64
			near("log", libmLog(x), math.Log(x))
		}
		if math.Abs(x) < 1e15 { // Go's own reduction loses accuracy beyond
			near("sin", libmSin(x), math.Sin(x))
			near("cos", libmCos(x), math.Cos(x))
		}
		near("atan2", libmAtan2(x, y), math.Atan2(x, y))
		near("hypot", libmHypot(x, y), math.Hypot(x, y))
		if r, _, err := floatPow(x, y); err == nil {
			near("pow", r, math.Pow(x, y))
		}
		complexPow(x, y, y, x)
		complexDiv(x, y, y, x)
	})
}
