package runtime

// libmPowHook, set by the math module when it is linked in, computes x**y
// for finite x > 0 exactly as glibc's pow does (float ** and math.pow
// return that in CPython); ok false leaves the case to accuratePow. The
// implementation lives beside math.exp's glibc port, whose table it shares.
var libmPowHook func(x, y float64) (float64, bool)

// SetLibmPow installs the glibc-faithful pow; call it before Python runs.
func SetLibmPow(f func(x, y float64) (float64, bool)) { libmPowHook = f }
