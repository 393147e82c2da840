// This file defines the _ast module: it creates CPython's node class
// hierarchy (by running a small Python bootstrap, so the classes are
// ordinary heap classes with an instance __dict__) and installs the
// compile() hook for PyCF_ONLY_AST and AST sources.

package ast

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"krait/compiler"
	"krait/runtime"
	"krait/syntax"
)

// The compile() flags the module exports.
const (
	pyCFOnlyAST            = 0x0400
	pyCFTypeComments       = 0x1000
	pyCFAllowTopLevelAwait = 0x2000
	compileFutureMask      = 0x3fe0000
)

// Module is the _ast module.
var Module = &runtime.ModuleDef{Name: "_ast", Exec: astExec, Methods: []runtime.Method{
	{Name: "_ast_new", Sig: "cls, /, *args, **kwargs", Fn: ast_type_new},
}}

// state holds the classes of the most recently imported _ast module, which
// the compile() hook converts to and from.
type state struct {
	ast      *runtime.Type
	classes  map[string]*runtime.Type
	byType   map[*runtime.Type]*nodeClass
	byStruct map[reflect.Type]*nodeClass
	enums    map[string]runtime.Value // singleton instance of each enum class
	enumIdx  map[*runtime.Type]int    // enum class -> its value
}

var current *state

// bootstrap defines AST itself (its methods, astMethods, are set after);
// the generated part adds the node classes.
const bootstrap = `
class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    __match_args__ = ()
    __new__ = staticmethod(_ast_new)

def _mk(name, base, fields, attrs, doc, optional):
    d = {'__module__': 'ast', '__doc__': doc}
    if fields is not None:
        d['_fields'] = fields
        d['__match_args__'] = fields
    if attrs is not None:
        d['_attributes'] = attrs
    for o in optional:
        d[o] = None
    return type(name, (base,), d)
`

var posAttrs = "('lineno', 'col_offset', 'end_lineno', 'end_col_offset')"

// pyTuple formats names as a Python tuple display.
func pyTuple(names []string) string {
	if len(names) == 0 {
		return "()"
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return "(" + strings.Join(q, ", ") + ",)"
}

// classSource generates the Python statements that create every node class.
func classSource(st *state) string {
	var b strings.Builder
	b.WriteString(bootstrap)
	line := func(name, base, fields, attrs, doc, opt string) {
		fmt.Fprintf(&b, "%s = _mk(%q, %s, %s, %s, %s, %s)\n", name, name, base, fields, attrs, strconv.Quote(doc), opt)
	}
	for _, g := range groups {
		attrs, opt := "()", "()"
		if g.attrs {
			attrs, opt = posAttrs, "('end_lineno', 'end_col_offset')"
			if g.name == "pattern" { // its end positions are not optional
				opt = "()"
			}
		}
		if g.prod != nil {
			nc := describe(reflect.TypeOf(g.prod).Elem(), "", g.attrs)
			st.byStruct[nc.typ] = nc
			line(g.name, "AST", pyTuple(nc.fieldNames()), attrs, nc.signature(), pyTuple(append(nc.optionalNames(), optNames(g.attrs)...)))
			continue
		}
		var docs []string
		var concrete []string
		for _, n := range g.nodes {
			if s, ok := n.(string); ok {
				docs = append(docs, s)
				concrete = append(concrete, fmt.Sprintf("%s = _mk(%q, %s, None, None, %q, ())\n", s, s, g.name, s))
				continue
			}
			nc := describe(reflect.TypeOf(n).Elem(), g.name, g.attrs)
			st.byStruct[nc.typ] = nc
			docs = append(docs, nc.signature())
			concrete = append(concrete, fmt.Sprintf("%s = _mk(%q, %s, %s, None, %s, %s)\n", nc.name, nc.name, g.name, pyTuple(nc.fieldNames()), strconv.Quote(nc.signature()), pyTuple(nc.optionalNames())))
		}
		sep := "\n" + strings.Repeat(" ", len(g.name)+1) + "| "
		if _, simple := g.nodes[0].(string); simple {
			sep = " | "
		}
		doc := g.name + " = " + strings.Join(docs, sep)
		line(g.name, "AST", "()", attrs, doc, opt)
		for _, c := range concrete {
			b.WriteString(c)
		}
	}
	b.WriteString("del _mk, _ast_new\n")
	return b.String()
}

func optNames(attrs bool) []string {
	if attrs {
		return []string{"end_lineno", "end_col_offset"}
	}
	return nil
}

func (nc *nodeClass) fieldNames() []string {
	out := make([]string, len(nc.fields))
	for i, f := range nc.fields {
		out[i] = f.name
	}
	return out
}

func (nc *nodeClass) optionalNames() []string {
	var out []string
	for _, f := range nc.fields {
		if f.optional {
			out = append(out, f.name)
		}
	}
	return out
}

func astExec(m *runtime.Module) *runtime.Exception {
	st := &state{
		classes:  map[string]*runtime.Type{},
		byType:   map[*runtime.Type]*nodeClass{},
		byStruct: map[reflect.Type]*nodeClass{},
		enums:    map[string]runtime.Value{},
		enumIdx:  map[*runtime.Type]int{},
	}
	src := classSource(st)
	res, serr := syntax.ParseString(src, "<_ast>", syntax.ModeExec)
	if serr != nil {
		return runtime.SyntaxErrorException(serr)
	}
	c, serr := compiler.Compile(res.Tree, "<_ast>", syntax.ModeExec, compiler.Options{})
	if serr != nil {
		return runtime.SyntaxErrorException(serr)
	}
	if _, err := runtime.RunCode(runtime.NewCode(c), m.Dict, runtime.Value{}); err != nil {
		return err
	}
	if err := st.collect(m); err != nil {
		return err
	}
	for _, m := range astMethods {
		d := runtime.NewMethodDescriptor(st.ast, m)
		if err := runtime.SetAttr(st.ast.Value(), runtime.Intern(m.Name), d); err != nil {
			return err
		}
	}
	m.Dict.DelStr(runtime.Intern("__builtins__"))
	for name, v := range map[string]int64{"PyCF_ONLY_AST": pyCFOnlyAST, "PyCF_TYPE_COMMENTS": pyCFTypeComments, "PyCF_ALLOW_TOP_LEVEL_AWAIT": pyCFAllowTopLevelAwait} {
		m.Dict.SetStr(runtime.Intern(name), runtime.Int(v))
	}
	current = st
	runtime.CompileHook = compileHook
	return nil
}

// collect looks the created classes up in the module namespace.
func (st *state) collect(m *runtime.Module) *runtime.Exception {
	get := func(name string) (*runtime.Type, *runtime.Exception) {
		v, ok := m.Dict.GetStr(runtime.Intern(name))
		t, isType := v.TryType()
		if !ok || !isType {
			return nil, runtime.NewSystemError("_ast: class %s missing", name)
		}
		st.classes[name] = t
		return t, nil
	}
	var err *runtime.Exception
	if st.ast, err = get("AST"); err != nil {
		return err
	}
	for _, g := range groups {
		if _, err := get(g.name); err != nil {
			return err
		}
		for i, n := range g.nodes {
			if s, ok := n.(string); ok {
				t, err := get(s)
				if err != nil {
					return err
				}
				st.enums[s] = runtime.NewPlainInstance(t)
				st.enumIdx[t] = i
			}
		}
	}
	for _, nc := range st.byStruct {
		t, err := get(nc.name)
		if err != nil {
			return err
		}
		st.byType[t] = nc
	}
	return nil
}
