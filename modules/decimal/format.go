// This file defines Decimal.__format__.

package cdecimal

import "krait/runtime"

func decimal_format(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Value{}, runtime.NewNotImplementedError("Decimal.__format__")
}
