// This file defines the _typing module: CPython 3.11's accelerator for
// typing.py, which holds only _idfunc (NewType instances call it).

package typing

import "krait/runtime"

// Module is the _typing module.
var Module = &runtime.ModuleDef{
	Name: "_typing",
	Doc:  "Accelerators for the typing module.\n",
	Methods: []runtime.Method{
		{Name: "_idfunc", Sig: "x, /", Flags: runtime.MethO, Fn: typing__idfunc},
	},
}

// typing__idfunc returns its argument.
func typing__idfunc(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return a[0], nil
}
