// This file registers the native modules of the natmods branch: the hash
// backends _md5, _sha1, _sha256, _sha3 and _blake2, zlib, array, _csv and unicodedata.

package modules

import (
	"krait/modules/array"
	"krait/modules/blake2"
	csvmod "krait/modules/csv"
	"krait/modules/md5"
	"krait/modules/sha1"
	"krait/modules/sha256"
	"krait/modules/sha3"
	"krait/modules/unicodedata"
	"krait/modules/zlib"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(md5.Module, sha1.Module, sha256.Module, sha3.Module, blake2.Module, zlib.Module, array.Module, csvmod.Module, unicodedata.Module)
}
