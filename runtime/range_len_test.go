// This file tests rangeLen's int64 arithmetic against math/big.

package runtime

import (
	"math"
	"testing"
)

func TestRangeLenMatchesBig(t *testing.T) {
	vals := []int64{math.MinInt64, math.MinInt64 + 1, -1 << 62, -1000, -7, -1, 0, 1, 2, 3, 7, 1000, 1 << 62, math.MaxInt64 - 1, math.MaxInt64}
	for _, a := range vals {
		for _, b := range vals {
			for _, s := range vals {
				if s == 0 {
					continue
				}
				n1, ok1 := rangeLen(a, b, s)
				n2, ok2 := rangeLenBig(a, b, s)
				if ok1 != ok2 || (ok1 && n1 != n2) {
					t.Errorf("rangeLen(%d, %d, %d) = %d %v, want %d %v", a, b, s, n1, ok1, n2, ok2)
				}
			}
		}
	}
}
