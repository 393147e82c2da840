// This file writes an unboxed int or a finite exact float straight into
// the output buffer: intText and floatText build a str object per number
// (its repr) that encodeObj copies and drops, one allocation per number of
// a list of records.

package json

import (
	"math"
	"strconv"

	"krait/runtime"
)

// appendNumber writes v's JSON text when v is an unboxed int or a finite
// unboxed float (exact types: the text is int's or float's repr, as the
// general path computes it) and reports whether it did.
func appendNumber(b *outBuf, v runtime.Value) bool {
	switch {
	case v.IsSmallInt():
		b.b = strconv.AppendInt(b.b, v.SmallInt(), 10)
		return true
	case v.IsFloat():
		x := v.AsFloat()
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false // NaN and the infinities depend on allow_nan
		}
		b.b = runtime.AppendFloatRepr(b.b, x)
		return true
	}
	return false
}
