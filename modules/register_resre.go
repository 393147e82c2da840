// This file registers the native modules of branch resre: math, cmath,
// _random, _struct, binascii, _sre and _sha512.

package modules

import (
	"krait/modules/binascii"
	"krait/modules/cmath"
	"krait/modules/math"
	"krait/modules/random"
	"krait/modules/sha512"
	"krait/modules/sre"
	"krait/modules/structmod"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(math.Module, sre.Module, structmod.Module, binascii.Module, random.Module, cmath.Module, sha512.Module)
}
