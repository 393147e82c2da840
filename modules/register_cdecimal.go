// This file registers the modules of the cdecimal branch: _decimal. Until
// test_decimal passes with it, _decimal is importable only when the
// environment sets KRAIT_CDECIMAL=1; otherwise decimal uses _pydecimal.

package modules

import (
	"os"

	cdecimal "krait/modules/decimal"
	"krait/runtime"
)

func init() {
	if os.Getenv("KRAIT_CDECIMAL") == "1" {
		runtime.RegisterModule(cdecimal.Module)
	}
}
