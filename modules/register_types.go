// This file registers the native modules of the types branch.

package modules

import (
	"krait/modules/codecs"
	"krait/runtime"
)

func init() { runtime.RegisterModule(codecs.Module) }
