// Package symtable is CPython 3.11's _symtable module: symtable() exposes
// the compiler's symbol tables (compiler.BuildSymtable) as "symtable entry"
// objects, with the flag and scope constants that Lib/symtable.py reads.
package symtable

import (
	"bytes"
	"fmt"
	"strings"
	"unsafe"

	"krait/compiler"
	"krait/runtime"
	"krait/syntax"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// scopeOff is CPython's SCOPE_OFF: a symbol's scope sits above its flags.
const scopeOff = 11

// entry is one symbol table entry (CPython's PySTEntryObject).
type entry struct {
	runtime.Header
	id       int64
	name     string
	typ      int
	lineno   int
	nested   bool
	children value // list of entries
	varnames value // list of str
	symbols  value // dict name -> flags | scope<<SCOPE_OFF
}

var entryType = runtime.NewNativeType(&runtime.TypeSpec{Name: "symtable entry", GetSets: []runtime.GetSetDef{
	{Name: "id", Get: func(v value) (value, *exc) { return runtime.Int(entryOf(v).id), nil }},
	{Name: "name", Get: func(v value) (value, *exc) { return runtime.StrValue(entryOf(v).name), nil }},
	{Name: "symbols", Get: func(v value) (value, *exc) { return entryOf(v).symbols, nil }},
	{Name: "varnames", Get: func(v value) (value, *exc) { return entryOf(v).varnames, nil }},
	{Name: "children", Get: func(v value) (value, *exc) { return entryOf(v).children, nil }},
	{Name: "type", Get: func(v value) (value, *exc) { return runtime.Int(int64(entryOf(v).typ)), nil }},
	{Name: "lineno", Get: func(v value) (value, *exc) { return runtime.Int(int64(entryOf(v).lineno)), nil }},
	{Name: "nested", Get: func(v value) (value, *exc) { return runtime.Int(boolInt(entryOf(v).nested)), nil }},
}}, func(t *runtime.Type) { t.Repr = entry_repr })

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func entryOf(v value) *entry { return runtime.PtrOf[entry](v) }

func entry_repr(v value) (value, *exc) {
	e := entryOf(v)
	return runtime.StrValue(fmt.Sprintf("<symtable entry %s(%d), line %d>", e.name, e.id, e.lineno)), nil
}

// newEntry converts a block and, recursively, its children.
func newEntry(b *compiler.Block) (value, *exc) {
	e := &entry{Header: runtime.HeaderFor(entryType), id: int64(uintptr(unsafe.Pointer(b))), name: b.Name,
		typ: int(b.Type), lineno: b.Pos.Lineno, nested: b.Nested}
	kids := make([]value, 0, len(b.Children))
	for _, c := range b.Children {
		k, err := newEntry(c)
		if err != nil {
			return runtime.None, err
		}
		kids = append(kids, k)
	}
	e.children = runtime.NewList(kids)
	names := make([]value, len(b.Varnames))
	for i, n := range b.Varnames {
		names[i] = runtime.StrValue(n)
	}
	e.varnames = runtime.NewList(names)
	syms := runtime.NewDict()
	for _, s := range b.Symbols {
		if err := syms.SetItem(runtime.StrValue(s.Name), runtime.Int(int64(s.Flags)|int64(s.Scope)<<scopeOff)); err != nil {
			return runtime.None, err
		}
	}
	e.symbols = syms.Value()
	return runtime.ValueOf(e), nil
}

// parseSource parses the source argument: a str, or a bytes-like object
// whose encoding is found as for a file (coding cookie, BOM, UTF-8).
func parseSource(v value, filename string, mode syntax.Mode) (*syntax.Result, *exc) {
	var res *syntax.Result
	var serr *syntax.SyntaxError
	if s, ok := v.TryStr(); ok {
		if strings.IndexByte(s.S, 0) >= 0 {
			return nil, nullBytes()
		}
		res, serr = syntax.ParseString(s.S, filename, mode)
	} else if b, ok := runtime.BufferBytes(v); ok {
		if bytes.IndexByte(b, 0) >= 0 {
			return nil, nullBytes()
		}
		res, serr = syntax.Parse(b, filename, mode)
	} else {
		return nil, runtime.NewTypeError("symtable() arg 1 must be a string or bytes object")
	}
	if serr != nil {
		return nil, runtime.SyntaxErrorException(serr)
	}
	return res, nil
}

func nullBytes() *exc {
	return runtime.NewNullBytesError()
}

// filenameOf converts the filename argument as PyUnicode_FSDecoder does,
// accepting other buffers with a DeprecationWarning.
func filenameOf(v value) (string, *exc) {
	if _, ok := v.TryStr(); !ok && !runtime.IsInstance(v, runtime.BytesType) {
		if b, ok := runtime.BufferBytes(v); ok {
			if err := runtime.Warn(runtime.BuiltinExceptionType("DeprecationWarning"),
				"path should be string, bytes, or os.PathLike, not "+v.Type().Name, 1); err != nil {
				return "", err
			}
			return string(b), nil
		}
	}
	return runtime.FSPath(v)
}

// _symtable_symtable is symtable(source, filename, startstr, /).
func _symtable_symtable(_ value, a []value) (value, *exc) {
	filename, err := filenameOf(a[1])
	if err != nil {
		return runtime.None, err
	}
	if _, ok := a[0].TryStr(); !ok {
		if _, ok := runtime.BufferBytes(a[0]); !ok {
			return runtime.None, runtime.NewTypeError("symtable() arg 1 must be a string or bytes object")
		}
	}
	ms, _ := a[2].TryStr()
	var mode syntax.Mode
	switch {
	case ms == nil:
		return runtime.None, runtime.NewTypeError("symtable() argument 3 must be str, not %s", a[2].Type().Name)
	case ms.S == "exec":
		mode = syntax.ModeExec
	case ms.S == "eval":
		mode = syntax.ModeEval
	case ms.S == "single":
		mode = syntax.ModeSingle
	default:
		return runtime.None, runtime.NewValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'")
	}
	res, err := parseSource(a[0], filename, mode)
	if err != nil {
		return runtime.None, err
	}
	fut, serr := compiler.FutureFeatures(res.Tree, filename)
	if serr != nil {
		return runtime.None, runtime.SyntaxErrorException(serr)
	}
	st, serr := compiler.BuildSymtable(res.Tree, filename, fut)
	if serr != nil {
		return runtime.None, runtime.SyntaxErrorException(serr)
	}
	return newEntry(st.Top)
}

var constants = []struct {
	name string
	v    int64
}{
	{"USE", int64(compiler.Use)}, {"DEF_GLOBAL", int64(compiler.DefGlobal)},
	{"DEF_NONLOCAL", int64(compiler.DefNonlocal)}, {"DEF_LOCAL", int64(compiler.DefLocal)},
	{"DEF_PARAM", int64(compiler.DefParam)}, {"DEF_FREE", int64(compiler.DefFree)},
	{"DEF_FREE_CLASS", int64(compiler.DefFreeClass)}, {"DEF_IMPORT", int64(compiler.DefImport)},
	{"DEF_BOUND", int64(compiler.DefBound)}, {"DEF_ANNOT", int64(compiler.DefAnnot)},
	{"TYPE_FUNCTION", int64(compiler.FunctionBlock)}, {"TYPE_CLASS", int64(compiler.ClassBlock)},
	{"TYPE_MODULE", int64(compiler.ModuleBlock)},
	{"LOCAL", int64(compiler.Local)}, {"GLOBAL_EXPLICIT", int64(compiler.GlobalExplicit)},
	{"GLOBAL_IMPLICIT", int64(compiler.GlobalImplicit)}, {"FREE", int64(compiler.Free)},
	{"CELL", int64(compiler.Cell)}, {"SCOPE_OFF", scopeOff}, {"SCOPE_MASK", 15},
}

// Module is the _symtable module.
var Module = &runtime.ModuleDef{
	Name: "_symtable",
	Methods: []runtime.Method{
		{Name: "symtable", Sig: "source, filename, startstr, /", Fn: _symtable_symtable,
			Doc: "Return symbol and scope dictionaries used internally by compiler."},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		for _, c := range constants {
			m.SetAttr(c.name, runtime.Int(c.v))
		}
		return nil
	},
}
