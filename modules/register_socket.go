// This file registers the _socket module.

package modules

import (
	"krait/modules/socket"
	"krait/runtime"
)

func init() { runtime.RegisterModule(socket.Module) }
