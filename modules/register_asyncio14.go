// This file registers the native modules of the asyncio14 branch: _asyncio.

package modules

import (
	"krait/modules/asyncio"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(asyncio.Module)
}
