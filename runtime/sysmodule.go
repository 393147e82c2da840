// This file defines the sys module (the parts the runtime itself needs)
// and the module registry behind import.

package runtime

import (
	"io"
	"os"
	"strings"

	"krait/compiler"
	"krait/syntax"
)

var sysModule *Module

// SysModule returns the sys module, creating it on first use.
func SysModule() *Module {
	if sysModule == nil {
		sysModule = newSysModule()
	}
	return sysModule
}

func sysGet(name string) Value {
	v, _ := SysModule().Dict.GetStr(Intern(name))
	return v
}

// sysStdoutOverridden reports whether sys.stdout was replaced by the program.
func sysStdoutOverridden() bool {
	v := sysGet("stdout")
	return !v.IsNull() && v.Type() != StdStreamType
}

// StdStreamType is the type of the default sys.stdout and sys.stderr.
var StdStreamType = newBuiltinType("_io.TextIOWrapper", ObjectType, 0)

type stdStream struct {
	Header
	name string
}

func init() {
	StdStreamType.methods = []Method{
		{Name: "write", Sig: "s, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			s, ok := a[0].TryStr()
			if !ok {
				return Value{}, NewTypeError("write() argument must be str, not %s", a[0].Type().Name)
			}
			if ptrOf[stdStream](self).name == "<stderr>" {
				Stdout.Flush()
				os.Stderr.WriteString(s.S)
			} else {
				Stdout.WriteString(s.S)
			}
			return Int(int64(s.Len())), nil
		}},
		{Name: "flush", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			Stdout.Flush()
			return None, nil
		}},
	}
	StdStreamType.Repr = func(v Value) (Value, *Exception) {
		return StrValue("<_io.TextIOWrapper name='" + ptrOf[stdStream](v).name + "' mode='w' encoding='utf-8'>"), nil
	}
}

var sysMethods = []Method{
	{Name: "getrecursionlimit", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return Int(int64(curThread.recursionLimit)), nil
	}},
	{Name: "setrecursionlimit", Sig: "limit, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		n, err := indexToInt(a[0], "")
		if err != nil {
			return Value{}, err
		}
		if n < 1 {
			return Value{}, NewValueError("recursion limit must be greater or equal than 1")
		}
		if d := curThread.depth; int64(d) >= n {
			return Value{}, NewRecursionError("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, d)
		}
		curThread.recursionLimit = int(n)
		return None, nil
	}},
	{Name: "get_int_max_str_digits", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return Int(int64(intMaxStrDigits)), nil
	}},
	{Name: "set_int_max_str_digits", Sig: "maxdigits", Fn: func(self Value, a []Value) (Value, *Exception) {
		n, err := indexToInt(a[0], "")
		if err != nil {
			return Value{}, err
		}
		// 640 is CPython's _PY_LONG_MAX_STR_DIGITS_THRESHOLD; 0 means no limit.
		if n != 0 && n < 640 {
			return Value{}, NewValueError("maxdigits must be 0 or larger than 640")
		}
		intMaxStrDigits = int(n)
		return None, nil
	}},
	{Name: "exit", Sig: "status=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		// As PyErr_SetObject: None is no argument, a tuple the arguments.
		if a[0].IsNull() || a[0].IsNone() {
			return Value{}, NewException(SystemExitType)
		}
		if t, ok := a[0].TryTuple(); ok && a[0].Type() == TupleType {
			return Value{}, NewException(SystemExitType, t.items...)
		}
		return Value{}, NewException(SystemExitType, a[0])
	}},
	{Name: "exc_info", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return excInfoTuple(curThread), nil
	}},
	{Name: "intern", Sig: "string, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		s, ok := a[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("intern() argument must be str, not %s", a[0].Type().Name)
		}
		if a[0].Type() != StrType {
			return Value{}, NewTypeError("can't intern %s", a[0].Type().Name)
		}
		return ValueOf(InternStr(s)), nil
	}},
	{Name: "getsizeof", Sig: "object, default=", Fn: func(self Value, a []Value) (Value, *Exception) { return SizeOf(a[0], a[1]) }},
	{Name: "_getframe", Sig: "depth=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		f := curThread.cur
		if !a[0].IsNull() {
			n, err := indexToInt(a[0], "")
			if err != nil {
				return Value{}, err
			}
			for ; n > 0 && f != nil; n-- {
				f = f.back
			}
		}
		if f == nil {
			return Value{}, NewValueError("call stack is not deep enough")
		}
		fo := ValueOf(frameObject(f))
		if err := Audit("sys._getframe", fo); err != nil {
			return Value{}, err
		}
		return fo, nil
	}},
}

// SysArgv holds the program arguments for sys.argv, set by cmd/krait.
var SysArgv []string

func newSysModule() *Module {
	m := NewModule("sys")
	d := m.Dict
	for _, ms := range [][]Method{sysMethods, sysExtraMethods} {
		for i := range ms {
			d.SetStr(Intern(ms[i].Name), NewBuiltinFunction(&ms[i], m.Value(), "sys"))
		}
	}
	for _, n := range []string{"displayhook", "excepthook", "unraisablehook", "breakpointhook"} {
		v, _ := d.GetStr(Intern(n))
		d.SetStr(Intern("__"+n+"__"), v)
	}
	argv := make([]Value, len(SysArgv))
	for i, a := range SysArgv {
		argv[i] = StrValue(a)
	}
	d.SetStr(Intern("argv"), NewList(argv))
	d.SetStr(Intern("stdout"), ValueOf(&stdStream{Header{StdStreamType}, "<stdout>"}))
	d.SetStr(Intern("stderr"), ValueOf(&stdStream{Header{StdStreamType}, "<stderr>"}))
	d.SetStr(Intern("__stdout__"), sysGetFrom(d, "stdout"))
	d.SetStr(Intern("__stderr__"), sysGetFrom(d, "stderr"))
	d.SetStr(Intern("maxsize"), Int(1<<63-1))
	d.SetStr(Intern("byteorder"), StrValue("little"))
	d.SetStr(Intern("platform"), StrValue("linux"))
	d.SetStr(Intern("modules"), sysModules.Value())
	setSysInfo(d)
	names := BuiltinModuleNames()
	nv := make([]Value, len(names))
	for i, n := range names {
		nv[i] = StrValue(n)
	}
	d.SetStr(Intern("builtin_module_names"), TupleValue(nv...))
	sysModules.SetStr(Intern("sys"), m.Value())
	sysModules.SetStr(Intern("builtins"), BuiltinsModule().Value())
	return m
}

func sysGetFrom(d *Dict, name string) Value {
	v, _ := d.GetStr(Intern(name))
	return v
}

// sysModules is sys.modules.
var sysModules = NewDict()

// ScriptDir is the directory of the main script (sys.path[0]).
var ScriptDir string

// CompileSource parses and compiles a module, returning the SyntaxError as
// an exception.
func CompileSource(src []byte, filename string, mode syntax.Mode) (*Code, *Exception) {
	res, serr := syntax.Parse(src, filename, mode)
	if serr != nil {
		return nil, syntaxErrorException(serr)
	}
	return compileWithWarnings(res.Tree, res.Warnings, filename, mode, compiler.Options{Optimize: SysConfig.Flags.Optimize})
}

// syntaxErrorException converts a front-end SyntaxError.
func syntaxErrorException(e *syntax.SyntaxError) *Exception {
	if ws := e.Warnings; len(ws) > 0 {
		// The parser's warnings precede its error (once: e may be reused).
		e.Warnings = nil
		if err := IssueCompileWarnings(ws, e.Filename); err != nil {
			return err
		}
	}
	if e.Msg == compiler.MsgNestingTooDeep {
		// CPython's compiler raises RecursionError for an AST nested too
		// deeply; its parser runs out of its stack with a MemoryError.
		if e.Lineno == 0 {
			return NewRecursionError(e.Msg)
		}
		return NewException(exceptionTypeByName["MemoryError"])
	}
	t := SyntaxErrorType
	if k := exceptionTypeByName[e.Class.String()]; k != nil {
		t = k
	}
	text := None
	if e.Text != "" {
		text = StrValue(e.Text)
	}
	var fn Value = None
	if e.Filename != "" {
		fn = StrValue(e.Filename)
	}
	loc := TupleValue(fn, Int(int64(e.Lineno)), Int(int64(e.Offset)), text, Int(int64(e.EndLineno)), Int(int64(e.EndOffset)))
	x := NewException(t, StrValue(e.Msg), loc)
	setSyntaxErrorAttrs(x, loc.AsTuple().items)
	x.extra[seInfo] = ValueOf(&syntaxErrorInfo{Header{SyntaxErrorInfoType}, e})
	return x
}

// SyntaxErrorInfoType carries the front end's error inside a SyntaxError.
var SyntaxErrorInfoType = newBuiltinType("syntax_error_info", ObjectType, 0)

type syntaxErrorInfo struct {
	Header
	e *syntax.SyntaxError
}

// SyntaxErrorOf returns the front-end error carried by a SyntaxError.
func SyntaxErrorOf(e *Exception) *syntax.SyntaxError {
	if x := syntaxErrorField(e, seInfo); !x.IsNull() && x.Type() == SyntaxErrorInfoType {
		return ptrOf[syntaxErrorInfo](x).e
	}
	return nil
}

func builtin_exec(self Value, a []Value) (Value, *Exception) {
	_, err := execEval(a, syntax.ModeExec, "exec")
	return None, err
}

func builtin_eval(self Value, a []Value) (Value, *Exception) {
	return execEval(a, syntax.ModeEval, "eval")
}

func execEval(a []Value, mode syntax.Mode, name string) (Value, *Exception) {
	if err := execEvalCheckNamespaces(a, name); err != nil {
		return Value{}, err
	}
	var co *Code
	var closure []*Cell
	switch {
	case a[0].Type() == CodeType:
		co = ptrOf[Code](a[0])
		var err *Exception
		if closure, err = execClosure(co, a, name); err != nil {
			return Value{}, err
		}
	default:
		if len(a) > 3 && !a[3].IsNone() && !a[3].IsNull() {
			return Value{}, NewTypeError("closure can only be used when source is a code object")
		}
		// Bytes are decoded as a source file (BOM, coding cookie); a str
		// is already text.
		var src string
		isBytes := false
		if s, ok := a[0].TryStr(); ok {
			src = s.S
		} else if b, ok := bytesLike(a[0]); ok {
			src, isBytes = string(b), true
		} else {
			return Value{}, NewTypeError("%s() arg 1 must be a string, bytes or code object", name)
		}
		if strings.IndexByte(src, 0) >= 0 {
			return Value{}, NewNullBytesError()
		}
		if mode == syntax.ModeEval {
			src = strings.TrimLeft(src, " \t")
		}
		if len(auditHooks) > 0 {
			if err := Audit("compile", NewBytes([]byte(src)), StrValue("<string>")); err != nil {
				return Value{}, err
			}
		}
		var res *syntax.Result
		var serr *syntax.SyntaxError
		if isBytes {
			res, serr = syntax.Parse([]byte(src), "<string>", mode)
		} else {
			res, serr = syntax.ParseString(src, "<string>", mode)
		}
		if serr != nil {
			return Value{}, syntaxErrorException(serr)
		}
		var err *Exception
		if co, err = compileWithWarnings(res.Tree, res.Warnings, "<string>", mode, compiler.Options{Optimize: SysConfig.Flags.Optimize}); err != nil {
			return Value{}, err
		}
		keepSourceText(co, src, !isBytes, mode, compiler.Options{Optimize: SysConfig.Flags.Optimize})
	}
	f := curThread.cur
	var globals *Dict
	locals := Value{}
	if !a[1].IsNull() && !a[1].IsNone() {
		g, ok := a[1].TryDict()
		if !ok {
			return Value{}, NewTypeError("%s() globals must be a dict, not %s", name, a[1].Type().Name)
		}
		globals = g
	} else if f != nil {
		globals = f.globals
		locals = frameLocals(f)
	} else {
		globals = NewDict()
	}
	if !a[2].IsNull() && !a[2].IsNone() {
		locals = a[2]
	}
	if err := Audit("exec", ValueOf(co)); err != nil {
		return Value{}, err
	}
	if isGeneratorCode(co) {
		return codeCoroutine(co, globals, locals, closure)
	}
	return runCodeClosure(co, globals, locals, closure)
}

// codeCoroutine is what eval or exec of a code object compiled with
// PyCF_ALLOW_TOP_LEVEL_AWAIT (flagged CO_COROUTINE) gives: a coroutine
// that runs it, as CPython's PyEval_EvalCode.
func codeCoroutine(co *Code, globals *Dict, locals Value, closure []*Cell) (Value, *Exception) {
	if _, ok := globals.GetStr(Intern("__builtins__")); !ok {
		globals.SetStr(Intern("__builtins__"), currentBuiltins(curThread).Value())
	}
	fn := NewFunction(co, globals)
	fn.closure = closure
	g, err := newGeneratorFrame(fn, nil, nil)
	if err == nil && !locals.IsNull() {
		ptrOf[Generator](g).f.locals = locals
	}
	return g, err
}

// execClosure checks the free variables of a code object run by exec or
// eval against exec's closure argument (a[3]) and returns its cells.
func execClosure(co *Code, a []Value, name string) ([]*Cell, *Exception) {
	nfree := len(co.c.Freevars)
	given := len(a) > 3 && !a[3].IsNone() && !a[3].IsNull()
	if nfree == 0 {
		if given {
			return nil, NewTypeError("cannot use a closure with this code object")
		}
		return nil, nil
	}
	if name == "eval" {
		return nil, NewTypeError("code object passed to eval() may not contain free variables")
	}
	var cells []*Cell
	if t, ok := a[3].TryTuple(); given && ok && a[3].Type() == TupleType && len(t.items) == nfree {
		for _, c := range t.items {
			if c.Type() != CellType {
				break
			}
			cells = append(cells, ptrOf[Cell](c))
		}
	}
	if len(cells) != nfree {
		return nil, NewTypeError("code object requires a closure of exactly length %d", nfree)
	}
	return cells, nil
}

// SyntaxErrorException is the exported form of syntaxErrorException.
func SyntaxErrorException(e *syntax.SyntaxError) *Exception { return syntaxErrorException(e) }

// CompileTree compiles a parsed module.
func CompileTree(tree syntax.Mod, filename string) (*Code, *Exception) {
	return compileWithWarnings(tree, nil, filename, syntax.ModeExec, compiler.Options{Optimize: SysConfig.Flags.Optimize})
}

// CompileResult compiles a parsed module, issuing the parser's warnings
// and the compiler's.
func CompileResult(res *syntax.Result, filename string) (*Code, *Exception) {
	return compileWithWarnings(res.Tree, res.Warnings, filename, syntax.ModeExec, compiler.Options{Optimize: SysConfig.Flags.Optimize})
}

// RegisterMain records the __main__ module in sys.modules.
func RegisterMain(m *Module) {
	SysModule()
	sysModules.SetStr(Intern("__main__"), m.Value())
}

// SystemExitCode handles an uncaught SystemExit: None or no argument is
// status 0, an int is the status, anything else is printed to stderr and
// gives status 1.
func SystemExitCode(e *Exception, stderr io.Writer) int {
	code, _ := storedOrFirstArg(e.Value())
	if code.IsNone() {
		return 0
	}
	if s, b, ok := intValue(code); ok {
		if b != nil {
			return -1 & 0xff
		}
		return int(s) & 0xff
	}
	if s, err := StrOf(code); err == nil {
		// Through sys.stderr, as _Py_HandleSystemExit: after what is
		// buffered there, with its error handler (backslashreplace).
		if out := sysGet("stderr"); !out.IsNull() && !out.IsNone() {
			if _, err := callMethodByName(out, "write", s.Value()); err == nil {
				callMethodByName(out, "write", StrValue("\n"))
				return 1
			}
		}
		io.WriteString(stderr, s.S+"\n")
	}
	return 1
}

// SetStdStreams installs sys.stdin, sys.stdout and sys.stderr (and their
// __std*__ originals), made by the _io module at start-up.
func SetStdStreams(stdin, stdout, stderr Value) {
	d := SysModule().Dict
	for _, x := range []struct {
		name string
		v    Value
	}{{"stdin", stdin}, {"stdout", stdout}, {"stderr", stderr}} {
		d.SetStr(Intern(x.name), x.v)
		d.SetStr(Intern("__"+x.name+"__"), x.v)
	}
}

// FlushStdFiles flushes sys.stdout and sys.stderr at exit, as CPython's
// flush_std_files; a failure to flush stdout is reported and makes the
// exit status 120.
func FlushStdFiles() (failed bool) {
	Stdout.Flush()
	for _, n := range []string{"stdout", "stderr"} {
		f := sysGet(n)
		if f.IsNull() || f.IsNone() || f.Type() == StdStreamType {
			continue
		}
		if closed, err := GetAttrString(f, "closed"); err == nil {
			if b, _ := IsTrue(closed); b {
				continue
			}
		}
		if _, err := callMethodByName(f, "flush"); err != nil {
			WriteUnraisable(err, "Exception ignored in", f)
			failed = failed || n == "stdout"
		}
	}
	return failed
}

// currentBuiltins is PyEval_GetBuiltins: the builtins dict of the running
// frame, else the builtins module's.
func currentBuiltins(th *Thread) *Dict {
	if th != nil && th.cur != nil && th.cur.builtins != nil {
		return th.cur.builtins
	}
	return BuiltinsModule().Dict
}

// execEvalCheckNamespaces gives CPython's TypeErrors for exec's or eval's
// globals (a[1]) and locals (a[2]) before the source is compiled; eval
// checks locals first.
func execEvalCheckNamespaces(a []Value, name string) *Exception {
	given := func(v Value) bool { return !v.IsNull() && !v.IsNone() }
	isMapping := func(v Value) bool { return v.Type().GetItem != nil }
	if name == "eval" {
		if given(a[2]) && !isMapping(a[2]) {
			return NewTypeError("locals must be a mapping")
		}
		if given(a[1]) && a[1].Type().Flags&FlagDictSubclass == 0 {
			if isMapping(a[1]) {
				return NewTypeError("globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return NewTypeError("globals must be a dict")
		}
		return nil
	}
	if given(a[1]) && a[1].Type().Flags&FlagDictSubclass == 0 {
		return NewTypeError("exec() globals must be a dict, not %s", a[1].Type().Name)
	}
	if given(a[2]) && !isMapping(a[2]) {
		return NewTypeError("locals must be a mapping or None, not %s", a[2].Type().Name)
	}
	return nil
}
