// This file registers the native modules of the codecs branch: _bz2.

package modules

import (
	"krait/modules/bz2"
	"krait/runtime"
)

func init() { runtime.RegisterModule(bz2.Module) }
