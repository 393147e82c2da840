// This file registers the native modules of the functools branch:
// _functools (more follow).

package modules

import (
	"krait/modules/functools"
	"krait/modules/operator"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(functools.Module, operator.Module)
}
