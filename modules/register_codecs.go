// This file registers the native modules of the codecs branch: _bz2,
// _pickle (PickleBuffer), _multibytecodec and the CJK codec modules.

package modules

import (
	"krait/modules/bz2"
	"krait/modules/cjkcodecs"
	"krait/modules/pickle"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(bz2.Module, pickle.Module)
	runtime.RegisterModule(cjkcodecs.Modules...)
}
