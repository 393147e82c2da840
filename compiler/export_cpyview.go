// This file exports the constant folding of the code generator to the
// CPython view compiler (compiler/cpyview), which must fold exactly as
// Krait's generator and CPython's ast_opt.c do.

package compiler

import "krait/syntax"

// FoldExpr folds the constant subexpressions of e as ast_opt.c does at
// optimization level optimize; the tree is not modified.
func FoldExpr(e syntax.Expr, optimize int) syntax.Expr {
	c := &compiler{opts: Options{Optimize: optimize}}
	return c.fold(e)
}

// FoldIter folds the iterable of a for loop or the right operand of `in`
// (a list becomes a tuple, a set of constants a frozenset).
func FoldIter(e syntax.Expr, optimize int) syntax.Expr {
	c := &compiler{opts: Options{Optimize: optimize}}
	return c.foldIter(e)
}

// ConstTruth returns the truth value of a constant.
func ConstTruth(v any) bool { return truth(v) }

// Source is the text a code object was compiled from, when it is not a
// file that can be read again (compile() of a string), with the settings
// of that compilation.
type Source struct {
	Text     string
	IsStr    bool // Text came as a str (no coding declaration applies)
	Mode     syntax.Mode
	Optimize int
	Flags    FutureFlags
}

// SetSource records src in code and every code object nested in it.
func SetSource(code *Code, src *Source) {
	code.Source = src
	for _, k := range code.Consts {
		if sub, ok := k.(*Code); ok {
			SetSource(sub, src)
		}
	}
}
