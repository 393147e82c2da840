// This file registers the _warnings module (modules/warnings) and the
// non-tracing _tracemalloc (modules/tracemalloc).

package modules

import (
	"krait/modules/tracemalloc"
	warningsmod "krait/modules/warnings"
	"krait/runtime"
)

func init() { runtime.RegisterModule(warningsmod.Module, tracemalloc.Module) }
