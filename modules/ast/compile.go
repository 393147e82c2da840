// This file defines the compile() hook: source text to AST objects under
// PyCF_ONLY_AST, and AST objects to code objects.

package ast

import (
	"strings"

	"krait/compiler"
	"krait/runtime"
	"krait/syntax"
)

var modes = map[string]syntax.Mode{
	"exec": syntax.ModeExec, "eval": syntax.ModeEval,
	"single": syntax.ModeSingle, "func_type": syntax.ModeFuncType,
}

// compileHook implements runtime.CompileHook.
func compileHook(source runtime.Value, filename, mode string, flags, optimize, featureVersion int) (r runtime.Value, ok bool, err *runtime.Exception) {
	if current == nil && flags&pyCFOnlyAST != 0 {
		// CPython's _ast is always there; import it on first use.
		if _, err := runtime.ImportModule("_ast"); err != nil {
			return runtime.Value{}, true, err
		}
	}
	st := current
	if st == nil {
		return runtime.Value{}, false, nil
	}
	isAST := runtime.IsInstance(source, st.ast)
	if !isAST && flags&pyCFOnlyAST == 0 {
		return runtime.Value{}, false, nil
	}
	defer func() {
		if p := recover(); p != nil {
			r, ok, err = runtime.Value{}, true, runtime.NewSystemError("compile(): internal error on this AST: %v", p)
		}
	}()
	if isAST {
		if flags&pyCFOnlyAST != 0 {
			return source, true, nil
		}
		c := &fromConv{st: st}
		tree, err := c.mod(source, mode)
		if err != nil {
			return runtime.Value{}, true, err
		}
		if err := validate(tree); err != nil {
			return runtime.Value{}, true, err
		}
		code, err := compileTree(tree, filename, modes[mode], flags, optimize)
		if err == nil {
			err = runtime.KeepConstIdentity(code, c.sets)
		}
		return code, true, err
	}
	res, err := parseSource(source, filename, modes[mode], runtime.CompileParseFlags(flags, featureVersion))
	if err != nil {
		return runtime.Value{}, true, err
	}
	v, err := st.toPython(res.Tree)
	return v, true, err
}

func parseSource(source runtime.Value, filename string, mode syntax.Mode, pf syntax.ParseFlags) (*syntax.Result, *runtime.Exception) {
	var res *syntax.Result
	var serr *syntax.SyntaxError
	if s, ok := source.TryStr(); ok {
		if strings.IndexByte(s.S, 0) >= 0 {
			return nil, runtime.NewNullBytesError()
		}
		res, serr = syntax.ParseStringWith(s.S, filename, mode, pf)
	} else if b, ok := runtime.BytesLikeOf(source); ok {
		if strings.IndexByte(string(b), 0) >= 0 {
			return nil, runtime.NewNullBytesError()
		}
		res, serr = syntax.ParseWith(b, filename, mode, pf)
	} else {
		return nil, runtime.NewTypeError("compile() arg 1 must be a string, bytes or AST object")
	}
	if serr != nil {
		return nil, runtime.SyntaxErrorException(serr)
	}
	if err := runtime.IssueCompileWarnings(res.Warnings, filename); err != nil {
		return nil, err
	}
	return res, nil
}

func compileTree(tree syntax.Mod, filename string, mode syntax.Mode, flags, optimize int) (runtime.Value, *runtime.Exception) {
	opts := compiler.Options{Flags: compiler.FutureFlags(flags & compileFutureMask), TopLevelAwait: flags&pyCFAllowTopLevelAwait != 0}
	opts.Optimize = optimize
	if optimize < 0 {
		opts.Optimize = runtime.SysConfig.Flags.Optimize
	}
	var warnings []syntax.Warning
	opts.Warnings = &warnings
	c, serr := compiler.Compile(tree, filename, mode, opts)
	if err := runtime.IssueCompileWarnings(warnings, filename); err != nil {
		return runtime.Value{}, err
	}
	if serr != nil {
		return runtime.Value{}, runtime.SyntaxErrorException(serr)
	}
	return runtime.ValueOf(runtime.NewCode(c)), nil
}

func init() { runtime.CompileHook = compileHook }
