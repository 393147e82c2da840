// This file registers the native modules of the lzma branch: _hashlib,
// _lzma and _symtable.

package modules

import (
	"krait/modules/hashlib"
	"krait/modules/lzma"
	"krait/modules/symtable"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(hashlib.Module, lzma.Module, symtable.Module)
}
