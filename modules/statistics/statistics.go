// Package statistics implements _statistics, the accelerator of the
// statistics module: the inverse of the normal distribution's CDF.
package statistics

import (
	"math"

	"krait/runtime"
)

// Module is the _statistics module definition.
var Module = &runtime.ModuleDef{
	Name: "_statistics",
	Doc:  "Accelerators for the statistics module.\n",
	Methods: []runtime.Method{
		{Name: "_normal_dist_inv_cdf", Sig: "p, mu, sigma, /", Fn: statistics_normal_dist_inv_cdf},
	},
}

func statistics_normal_dist_inv_cdf(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	var x [3]float64
	for i := range x {
		f, err := runtime.FloatAsDouble(a[i])
		if err != nil {
			return runtime.Value{}, err
		}
		x[i] = f
	}
	if x[0] <= 0 || x[0] >= 1 || x[2] <= 0 {
		return runtime.Value{}, runtime.NewValueError("inv_cdf undefined for these parameters")
	}
	return runtime.Float(normalDistInvCDF(x[0], x[1], x[2])), nil
}

// The coefficients of Wichura's algorithm AS241 (1988), "The Percentage
// Points of the Normal Distribution", highest degree first: a numerator and
// a denominator polynomial for the central region and for the two tails.
var (
	centralNum = []float64{2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
		4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
		1.3314166789178437745e+2, 3.3871328727963666080e+0}
	centralDen = []float64{5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
		2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
		4.2313330701600911252e+1, 1.0}
	nearNum = []float64{7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
		1.2704582524523683826e+0, 3.6478483247632045960e+0, 5.7694972214606914055e+0,
		4.6303378461565452959e+0, 1.4234371107496835773e+0}
	nearDen = []float64{1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2,
		1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
		2.0531916266377588219e+0, 1.0}
	farNum = []float64{2.0103343992922881326e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3,
		2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
		5.4637849111641143699e+0, 6.6579046435011037772e+0}
	farDen = []float64{2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
		7.8686913114561325910e-4, 1.4875361290850614853e-2, 1.3692988092273580531e-1,
		5.9983220655588793769e-1, 1.0}
)

// horner evaluates the polynomial with coefficients c (highest first) at r.
func horner(c []float64, r float64) float64 {
	v := c[0]
	for _, k := range c[1:] {
		v = v*r + k
	}
	return v
}

// normalDistInvCDF returns the x with P(X <= x) = p for X ~ N(mu, sigma).
func normalDistInvCDF(p, mu, sigma float64) float64 {
	q := p - 0.5
	if math.Abs(q) <= 0.425 {
		r := 0.180625 - q*q
		return mu + horner(centralNum, r)*q/horner(centralDen, r)*sigma
	}
	r := p
	if q > 0 {
		r = 1 - p
	}
	r = math.Sqrt(-runtime.LibmLog(r)) // glibc's log, so results match CPython's to the bit
	var x float64
	if r <= 5 {
		r -= 1.6
		x = horner(nearNum, r) / horner(nearDen, r)
	} else {
		r -= 5
		x = horner(farNum, r) / horner(farDen, r)
	}
	if q < 0 {
		x = -x
	}
	return mu + x*sigma
}
