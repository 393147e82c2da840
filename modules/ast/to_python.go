// This file converts a syntax tree to Python AST objects, as CPython's
// ast2obj_mod does for compile(..., PyCF_ONLY_AST).

package ast

import (
	"reflect"

	"krait/runtime"
	"krait/syntax"
)

var enumNames = map[reflect.Type][]string{}

func init() {
	for _, g := range groups {
		if len(g.nodes) == 0 {
			continue
		}
		if _, ok := g.nodes[0].(string); !ok {
			continue
		}
		names := make([]string, len(g.nodes))
		for i, n := range g.nodes {
			names[i] = n.(string)
		}
		for t, s := range enumASDL {
			if s == g.name {
				enumNames[t] = names
			}
		}
	}
}

var attrStrs = [4]*runtime.Str{
	runtime.Intern("lineno"), runtime.Intern("col_offset"),
	runtime.Intern("end_lineno"), runtime.Intern("end_col_offset"),
}

// stackFrameScale is CPython's COMPILER_STACK_FRAME_SCALE: its AST
// conversion allows three nodes of nesting per unit of recursion limit, and
// counts each active frame as three.
const stackFrameScale = 3

// toPy is one conversion: nesting deeper than CPython's ast2obj allows raises
// RecursionError, as there.
type toPy struct {
	*state
	depth, limit int
}

// toPython converts a tree to AST objects.
func (st *state) toPython(n syntax.Node) (runtime.Value, *runtime.Exception) {
	depth, limit := runtime.RecursionState()
	c := &toPy{state: st, depth: depth * stackFrameScale, limit: limit * stackFrameScale}
	return c.value(reflect.ValueOf(n))
}

// node converts one struct node.
func (st *toPy) node(v reflect.Value) (runtime.Value, *runtime.Exception) {
	if st.depth++; st.depth > st.limit {
		return runtime.Value{}, runtime.NewRecursionError("maximum recursion depth exceeded during ast construction")
	}
	defer func() { st.depth-- }()
	nc := st.byStruct[v.Type()]
	if nc == nil {
		return runtime.Value{}, runtime.NewSystemError("_ast: unknown node type %s", v.Type().Name())
	}
	obj := runtime.NewPlainInstance(st.classes[nc.name])
	for _, f := range nc.fields {
		fv := v.Field(f.index)
		var x runtime.Value
		if f.optional && fv.Kind() == reflect.String && fv.Len() == 0 {
			x = runtime.None
		} else {
			var err *runtime.Exception
			if x, err = st.value(fv); err != nil {
				return runtime.Value{}, err
			}
		}
		if err := runtime.SetAttr(obj, runtime.Intern(f.name), x); err != nil {
			return runtime.Value{}, err
		}
	}
	if nc.pos >= 0 {
		p := v.Field(nc.pos).Interface().(syntax.Pos)
		for i, n := range [4]int{p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset} {
			if err := runtime.SetAttr(obj, attrStrs[i], runtime.Int(int64(n))); err != nil {
				return runtime.Value{}, err
			}
		}
	}
	return obj, nil
}

// value converts a field value or list entry.
func (st *toPy) value(v reflect.Value) (runtime.Value, *runtime.Exception) {
	if names, ok := enumNames[v.Type()]; ok {
		i := int(v.Uint())
		if i < len(names) {
			return st.enums[names[i]], nil
		}
		return runtime.Value{}, runtime.NewSystemError("_ast: bad enum value")
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return runtime.None, nil
		}
		e := v.Elem()
		if _, ok := e.Interface().(syntax.Node); ok {
			return st.value(e)
		}
		return runtime.ConstValue(e.Interface()), nil
	case reflect.Pointer:
		if v.IsNil() {
			return runtime.None, nil
		}
		return st.node(v.Elem())
	case reflect.Slice:
		items := make([]runtime.Value, v.Len())
		for i := range items {
			x, err := st.value(v.Index(i))
			if err != nil {
				return runtime.Value{}, err
			}
			items[i] = x
		}
		return runtime.NewList(items), nil
	case reflect.String:
		return runtime.StrValue(v.String()), nil
	case reflect.Int, reflect.Int64:
		return runtime.Int(v.Int()), nil
	}
	return runtime.Value{}, runtime.NewSystemError("_ast: cannot convert %s", v.Type())
}
