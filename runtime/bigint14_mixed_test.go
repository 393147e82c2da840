// This file tests bigint14_mixed.go: arithmetic, floor division, divmod and
// comparisons of ints beyond int64 with small and big operands, against
// math/big with Python's floor semantics.

package runtime

import (
	"math/big"
	"math/rand"
	"testing"
)

// mixedTestValues are the wide test values plus multi-word ones.
func mixedTestValues() []*big.Int {
	vs := wideTestValues()
	r := rand.New(rand.NewSource(14))
	for i := 0; i < 30; i++ {
		v := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(130+r.Intn(400))))
		if r.Intn(2) == 0 {
			v.Neg(v)
		}
		vs = append(vs, v)
	}
	return vs
}

func TestMixedDivModAndCompare(t *testing.T) {
	vs := mixedTestValues()
	for _, x := range vs {
		for _, y := range vs {
			a, b := NewIntBig(x), NewIntBig(y)
			c := x.Cmp(y)
			for _, op := range []CompareOp{Lt, Le, Eq, Ne, Gt, Ge} {
				got, err := int_richcompare(a, b, op)
				if err != nil || got != Bool(cmpResult(c, op)) {
					t.Errorf("%v cmp(%d) %v = %v", x, op, y, got)
				}
			}
			got, err := int_divmod(a, b)
			if y.Sign() == 0 {
				if err == nil {
					t.Errorf("divmod(%v, 0): no error", x)
				}
				continue
			}
			if err != nil {
				t.Fatalf("divmod(%v, %v): %v", x, y, err)
			}
			items := ptrOf[Tuple](got).items
			q, _ := bigOf(items[0])
			m, _ := bigOf(items[1])
			// x == q*y + m, m has y's sign (or is 0), |m| < |y|.
			back := new(big.Int).Add(new(big.Int).Mul(q, y), m)
			if back.Cmp(x) != 0 || (m.Sign() != 0 && m.Sign() != y.Sign()) || new(big.Int).Abs(m).Cmp(new(big.Int).Abs(y)) >= 0 {
				t.Errorf("divmod(%v, %v) = %v, %v", x, y, q, m)
			}
			for i, v := range items {
				w, _ := bigOf(v)
				if w.IsInt64() != v.IsSmallInt() {
					t.Errorf("divmod(%v, %v)[%d]: unboxed %v", x, y, i, v.IsSmallInt())
				}
			}
		}
	}
}
