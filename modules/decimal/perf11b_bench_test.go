// Benchmarks of the uint64 fast paths (go test -bench Small); no timing
// is asserted.

package cdecimal

import "testing"

func BenchmarkAddSmall(b *testing.B) {
	x, _ := parseDecimal("1234.56")
	y, _ := parseDecimal("0.0825")
	p := params{prec: 28, emax: 999999, emin: -999999, round: roundHalfEven}
	var st uint32
	for i := 0; i < b.N; i++ {
		addDec(&x, &y, &p, &st)
	}
}

func BenchmarkQuantizeSmall(b *testing.B) {
	x, _ := parseDecimal("1234.5678")
	y, _ := parseDecimal("0.01")
	p := params{prec: 28, emax: 999999, emin: -999999, round: roundHalfEven}
	var st uint32
	for i := 0; i < b.N; i++ {
		quantizeDec(&x, &y, roundHalfUp, &p, &st)
	}
}
