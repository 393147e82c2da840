// This file defines small helpers shared by the _io types.

package pyio

import (
	"strconv"

	rt "krait/runtime"
)

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// argTypeName names v's type as Argument Clinic's bad-argument messages
// do: "None" for None.
func argTypeName(v rt.Value) string {
	if v.IsNone() {
		return "None"
	}
	return v.Type().Name
}
