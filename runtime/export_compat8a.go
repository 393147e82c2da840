// This file defines exported helpers the command line needs (compat8a).

package runtime

import (
	"krait/compiler"
	"krait/syntax"
)

// CompileSourceString compiles already-decoded source text, as CPython
// compiles the -c command (PyCF_IGNORE_COOKIE): a coding declaration in it
// is ignored.
func CompileSourceString(src, filename string, mode syntax.Mode) (*Code, *Exception) {
	res, serr := syntax.ParseString(src, filename, mode)
	if serr != nil {
		return nil, syntaxErrorException(serr)
	}
	return compileWithWarnings(res.Tree, res.Warnings, filename, mode, compiler.Options{Optimize: SysConfig.Flags.Optimize})
}
