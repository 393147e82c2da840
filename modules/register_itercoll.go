// This file registers the native modules of branch itercoll: _collections
// and itertools.

package modules

import (
	"krait/modules/collections"
	"krait/modules/itertools"
	"krait/runtime"
)

func init() { runtime.RegisterModule(collections.Module, itertools.Module) }
