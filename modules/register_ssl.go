// This file registers the _ssl module of the ssl branch.

package modules

import (
	"krait/modules/ssl"
	"krait/runtime"
)

func init() { runtime.RegisterModule(ssl.Module) }
