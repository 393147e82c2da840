// This file registers the _io module (modules/io), makes its open the
// builtin open (as CPython's startup sets builtins.open = io.open) and
// fills runtime.IOHooks.

package modules

import (
	pyio "krait/modules/io"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(pyio.Module)
	runtime.BuiltinsModule().SetAttr("open", pyio.OpenFunction())
	runtime.IOHooks.NewStdStreams = pyio.NewStdStreams
	runtime.IOHooks.WriteString = pyio.WriteString
	runtime.IOHooks.IsTextWrapper = pyio.IsTextWrapper
	runtime.IOHooks.FlushAll = pyio.FlushAll
}
