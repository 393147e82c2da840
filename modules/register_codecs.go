// This file registers the native modules of the codecs branch: _bz2,
// _pickle (PickleBuffer).

package modules

import (
	"krait/modules/bz2"
	"krait/modules/pickle"
	"krait/runtime"
)

func init() { runtime.RegisterModule(bz2.Module, pickle.Module) }
