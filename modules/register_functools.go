// This file registers the native modules of the functools branch:
// _functools, _operator, _heapq, _bisect, _string, _json, _abc, _contextvars.

package modules

import (
	"krait/modules/abc"
	"krait/modules/bisect"
	"krait/modules/contextvars"
	"krait/modules/functools"
	"krait/modules/heapq"
	"krait/modules/json"
	"krait/modules/operator"
	"krait/modules/stringmod"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(functools.Module, operator.Module, heapq.Module, bisect.Module, stringmod.Module, json.Module, abc.Module, contextvars.Module)
}
