// This file defines builtins.compile for source text. (AST objects, from
// compile(..., PyCF_ONLY_AST), need the _ast module.)

package runtime

import (
	"strings"

	"krait/compiler"
	"krait/syntax"
)

// The compile() flags CPython defines besides the __future__ ones.
const (
	pyCFOnlyAST            = 0x0400
	pyCFTypeComments       = 0x1000
	pyCFAllowTopLevelAwait = 0x2000
	pyCFDontImplyDedent    = 0x0200
	pyCFIgnoreCookie       = 0x0800
	pyCFAllowIncomplete    = 0x4000
	compileFutureMask      = 0x3fe0000 // every CO_FUTURE_* flag
	pyCFMaskObsolete       = 0x10      // CO_NESTED (nested_scopes), accepted and ignored
)

// CompileHook lets a module that knows AST objects (_ast) take over
// compile() for flags it handles or sources that are AST objects. It
// returns ok == false to decline.
// featureVersion is compile()'s _feature_version (-1: the current one).
var CompileHook func(source Value, filename string, mode string, flags, optimize, featureVersion int) (Value, bool, *Exception)

// CompileParseFlags returns the parser options of compile()'s flags and
// _feature_version.
func CompileParseFlags(flags, featureVersion int) syntax.ParseFlags {
	return syntax.ParseFlags{TypeComments: flags&pyCFTypeComments != 0,
		BarryAsBDFL: flags&int(compiler.FutureBarryAsBDFL) != 0, FeatureVersion: max(featureVersion, 0)}
}

func builtin_compile(self Value, a []Value) (Value, *Exception) {
	filename, err := fsPathString(a[1])
	if err != nil {
		return Value{}, err
	}
	ms, ok := a[2].TryStr()
	if !ok {
		return Value{}, NewTypeError("compile() argument 'mode' must be str, not %s", a[2].Type().Name)
	}
	flags, optimize := 0, -1
	if !a[3].IsNull() {
		n, err := indexToInt(a[3], "")
		if err != nil {
			return Value{}, err
		}
		if n != int64(int32(n)) { // a C int
			return Value{}, NewOverflowError("Python int too large to convert to C int")
		}
		flags = int(n)
	}
	if !a[5].IsNull() {
		n, err := indexToInt(a[5], "")
		if err != nil {
			return Value{}, err
		}
		if n != int64(int32(n)) {
			return Value{}, NewOverflowError("Python int too large to convert to C int")
		}
		optimize = int(n)
	}
	if flags&^(compileFutureMask|pyCFMaskObsolete|pyCFOnlyAST|pyCFTypeComments|pyCFAllowTopLevelAwait|pyCFDontImplyDedent|pyCFIgnoreCookie|pyCFAllowIncomplete) != 0 {
		return Value{}, NewValueError("compile(): unrecognised flags")
	}
	featureVersion := -1
	if len(a) > 6 && !a[6].IsNull() {
		n, err := indexToInt(a[6], "")
		if err != nil {
			return Value{}, err
		}
		featureVersion = int(n)
	}
	if optimize < -1 || optimize > 2 {
		return Value{}, NewValueError("compile(): invalid optimize value")
	}
	var mode syntax.Mode
	switch ms.S {
	case "exec":
		mode = syntax.ModeExec
	case "eval":
		mode = syntax.ModeEval
	case "single":
		mode = syntax.ModeSingle
	case "func_type":
		if flags&pyCFOnlyAST == 0 {
			return Value{}, NewValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST")
		}
		mode = syntax.ModeFuncType
	default:
		return Value{}, NewValueError("compile() mode must be 'exec', 'eval' or 'single'")
	}
	if len(auditHooks) > 0 {
		// The "compile" event shows a text source as bytes with its file
		// name, an AST with None.
		src, fn := a[0], None
		if s, ok := a[0].TryStr(); ok {
			src, fn = NewBytes([]byte(s.S)), StrValue(filename)
		} else if b, ok := bytesLike(a[0]); ok {
			src, fn = NewBytes(b), StrValue(filename)
		}
		if err := Audit("compile", src, fn); err != nil {
			return Value{}, err
		}
	}
	if CompileHook != nil {
		if r, ok, err := CompileHook(a[0], filename, ms.S, flags, optimize, featureVersion); ok || err != nil {
			return r, err
		}
	}
	if flags&pyCFOnlyAST != 0 {
		return Value{}, NewNotImplementedError("compile() to an AST object needs the _ast module")
	}
	var res *syntax.Result
	var serr *syntax.SyntaxError
	if s, ok := a[0].TryStr(); ok {
		if strings.IndexByte(s.S, 0) >= 0 {
			return Value{}, NewNullBytesError()
		}
		res, serr = syntax.ParseStringWith(s.S, filename, mode, CompileParseFlags(flags, featureVersion))
	} else if b, ok := bytesLike(a[0]); ok {
		if strings.IndexByte(string(b), 0) >= 0 {
			return Value{}, NewNullBytesError()
		}
		res, serr = syntax.ParseWith(b, filename, mode, CompileParseFlags(flags, featureVersion))
	} else {
		return Value{}, NewTypeError("compile() arg 1 must be a string, bytes or AST object")
	}
	if flags&pyCFAllowIncomplete != 0 {
		src, _ := a[0].TryStr()
		if src == nil {
			b, _ := bytesLike(a[0])
			src = NewStr(string(b))
		}
		if serr != nil {
			serr = incompleteInput(serr, src.S)
		} else if flags&pyCFDontImplyDedent != 0 && mode == syntax.ModeSingle {
			serr = openBlockAtEnd(src.S, filename)
		}
	}
	if serr != nil {
		return Value{}, syntaxErrorException(serr)
	}
	opts := compiler.Options{Flags: compiler.FutureFlags(flags & compileFutureMask), TopLevelAwait: flags&pyCFAllowTopLevelAwait != 0}
	opts.Optimize = optimize
	if optimize < 0 {
		opts.Optimize = SysConfig.Flags.Optimize
	}
	co, err := compileWithWarnings(res.Tree, res.Warnings, filename, mode, opts)
	if err != nil {
		return Value{}, err
	}
	keepSource(co, a[0], filename, mode, opts)
	return ValueOf(co), nil
}

// fsPathString converts a file name argument (str, bytes or os.PathLike)
// to a string, as PyUnicode_FSDecoder does.
func fsPathString(v Value) (string, *Exception) {
	if s, ok := v.TryStr(); ok {
		return s.S, nil
	}
	if b, ok := v.TryBytes(); ok {
		return string(b), nil
	}
	if fsp, err := lookupAttrOpt(v, "__fspath__"); err == nil && !fsp.IsNull() {
		r, err := Call(fsp, nil, nil)
		if err != nil {
			return "", err
		}
		return fsPathString(r)
	}
	return "", NewTypeError("expected str, bytes or os.PathLike object, not %s", v.Type().Name)
}
