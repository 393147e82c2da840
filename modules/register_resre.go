// This file registers the native modules of branch resre: math, cmath,
// _random, _struct, binascii and _sre.

package modules

import (
	"krait/modules/binascii"
	"krait/modules/cmath"
	"krait/modules/math"
	"krait/modules/random"
	"krait/modules/sre"
	"krait/modules/structmod"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(math.Module, sre.Module, structmod.Module, binascii.Module, random.Module, cmath.Module)
}
