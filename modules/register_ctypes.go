// This file registers _ctypes (the ctypes10 branch).

package modules

import (
	"krait/modules/ctypes"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(ctypes.Module)
}
