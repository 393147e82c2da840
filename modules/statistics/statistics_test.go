// This file tests the AS241 approximation against CPython 3.11's _statistics (the paper's published values to within an ulp or two).
package statistics

import "testing"

func TestNormalDistInvCDF(t *testing.T) {
	for _, c := range []struct{ p, want float64 }{
		{0.25, -0.6744897501960817},
		{0.001, -3.090232306167813},
		{1e-20, -9.262340089798405},
		{0.5, 0},
	} {
		if got := normalDistInvCDF(c.p, 0, 1); got != c.want {
			t.Errorf("normalDistInvCDF(%g) = %v, want %v", c.p, got, c.want)
		}
	}
}
