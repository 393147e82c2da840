// This file registers the audioop module.

package modules

import (
	"krait/modules/audioop"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(audioop.Module)
}
