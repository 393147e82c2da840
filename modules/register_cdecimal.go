// This file registers the modules of the cdecimal branch: _decimal, so
// that decimal gets the Go implementation instead of _pydecimal. Setting
// KRAIT_CDECIMAL=0 in the environment leaves it out (decimal then falls
// back to _pydecimal), for comparing the two.

package modules

import (
	"os"

	cdecimal "krait/modules/decimal"
	"krait/runtime"
)

func init() {
	if os.Getenv("KRAIT_CDECIMAL") != "0" {
		runtime.RegisterModule(cdecimal.Module)
	}
}
