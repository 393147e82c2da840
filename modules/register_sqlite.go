// This file registers the sqlite branch's native module, _sqlite3.

package modules

import (
	"krait/modules/sqlite3"
	"krait/runtime"
)

func init() { runtime.RegisterModule(sqlite3mod.Module) }
