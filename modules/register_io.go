// This file registers the _io module (modules/io) and makes its open the
// builtin open, as CPython's startup sets builtins.open = io.open.

package modules

import (
	pyio "krait/modules/io"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(pyio.Module)
	runtime.BuiltinsModule().SetAttr("open", pyio.OpenFunction())
}
