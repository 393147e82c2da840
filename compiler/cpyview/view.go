// This file defines the entry points of the CPython view compiler: Compile
// turns source text into the tree of CPython 3.11 code objects, after the
// AST optimizations of ast_opt.c, and Find locates the code object of one
// scope in that tree.

package cpyview

import (
	"fmt"

	"krait/compiler"
	"krait/syntax"
)

// Compile parses src and compiles it as CPython 3.11 would, returning the
// top-level code object, or an error for source the view cannot handle.
func Compile(src []byte, isStr bool, filename string, mode syntax.Mode, optimize int, flags compiler.FutureFlags) (co *Code, err error) {
	var res *syntax.Result
	var serr *syntax.SyntaxError
	if isStr {
		res, serr = syntax.ParseString(string(src), filename, mode)
	} else {
		res, serr = syntax.Parse(src, filename, mode)
	}
	if serr != nil {
		return nil, fmt.Errorf("%s", serr.Msg)
	}
	return CompileTree(res.Tree, filename, optimize, flags)
}

// CompileTree compiles a parsed module; the tree is modified (folded).
func CompileTree(mod syntax.Mod, filename string, optimize int, flags compiler.FutureFlags) (co *Code, err error) {
	fut, serr := compiler.FutureFeatures(mod, filename)
	if serr != nil {
		return nil, fmt.Errorf("%s", serr.Msg)
	}
	fut |= flags
	st, serr := compiler.BuildSymtable(mod, filename, fut)
	if serr != nil {
		return nil, fmt.Errorf("%s", serr.Msg)
	}
	optimizeAST(mod, optimize)
	c := &comp{st: st, optimize: optimize}
	defer func() {
		if r := recover(); r != nil {
			u, ok := r.(unsupported)
			if !ok {
				err = fmt.Errorf("internal error: %v", r)
				return
			}
			co, err = nil, fmt.Errorf("%s", u.what)
		}
	}()
	c.enterScope("<module>", scopeModule, mod, 1)
	addNone := true
	switch m := mod.(type) {
	case *syntax.Module:
		c.body(m.Body)
	case *syntax.Interactive:
		if findAnn(m.Body) {
			c.addop0(SETUP_ANNOTATIONS)
		}
		c.interactive = true
		c.visitStmts(m.Body)
	case *syntax.Expression:
		c.visitExpr(m.Body)
		addNone = false
	default:
		return nil, fmt.Errorf("unsupported module kind %T", mod)
	}
	co = c.assemble(addNone)
	c.exitScope()
	return co, nil
}

// Find returns the code object in root's tree whose scope node starts at
// (line, col), or, if line is 0, the first one called qualname whose first
// line is firstLine.
func Find(root *Code, line, col int, qualname string, firstLine int) *Code {
	if line != 0 && root.ScopeLine == line && root.ScopeCol == col {
		return root
	}
	if line == 0 && root.QualName == qualname && root.FirstLineNo == firstLine {
		return root
	}
	for _, k := range root.Consts {
		if sub, ok := k.(*Code); ok {
			if f := Find(sub, line, col, qualname, firstLine); f != nil {
				return f
			}
		}
	}
	return nil
}
