// This file registers the modules of the ast branch.

package modules

import (
	"krait/modules/ast"
	"krait/runtime"
)

func init() { runtime.RegisterModule(ast.Module) }
