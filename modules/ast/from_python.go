// This file converts Python AST objects back to a syntax tree, as CPython's
// obj2ast_* functions do, with their TypeErrors and ValueErrors for
// malformed trees.

package ast

import (
	"math/big"
	"reflect"
	"strings"

	"krait/compiler"
	"krait/runtime"
	"krait/syntax"
)

// maxDepth bounds the recursion over a (possibly cyclic) object tree.
const maxDepth = 3000

type fromConv struct {
	st    *state
	depth int
	// sets holds the empty frozensets among the Constants, whose identity
	// the code object keeps (runtime.KeepConstIdentity): CPython's constant
	// merging rebuilds the other frozensets but returns an empty one as is.
	sets []runtime.Value
}

// lookup returns obj.name, or a null Value when the attribute is missing.
func lookup(obj runtime.Value, name string) (runtime.Value, *runtime.Exception) {
	v, err := runtime.GetAttrString(obj, name)
	if err != nil {
		if err.Matches(runtime.AttributeErrorType) {
			return runtime.Value{}, nil
		}
		return runtime.Value{}, err
	}
	return v, nil
}

// mod converts the root for a compile() mode.
func (c *fromConv) mod(obj runtime.Value, mode string) (syntax.Mod, *runtime.Exception) {
	want := map[string]string{"exec": "Module", "eval": "Expression", "single": "Interactive", "func_type": "FunctionType"}[mode]
	if !runtime.IsInstance(obj, c.st.classes[want]) {
		return nil, runtime.NewTypeError("expected %s node, got %s", want, obj.Type().Name)
	}
	v, err := c.sumOf(obj, "mod")
	if err != nil {
		return nil, err
	}
	return v.Interface().(syntax.Mod), nil
}

// classOf finds the concrete node class obj is an instance of.
func (c *fromConv) classOf(obj runtime.Value, abs string) *nodeClass {
	for _, t := range obj.Type().MRO {
		if nc := c.st.byType[t]; nc != nil && nc.abs == abs {
			return nc
		}
	}
	return nil
}

// sumOf converts an instance of the sum type abs (mod, stmt, expr,
// pattern, excepthandler, type_ignore): positions first, then the concrete
// class, then its fields, in CPython's order of checks.
func (c *fromConv) sumOf(obj runtime.Value, abs string) (reflect.Value, *runtime.Exception) {
	var pos syntax.Pos
	hasPos := abs != "mod" && abs != "type_ignore"
	if hasPos {
		if err := c.positions(obj, abs, &pos); err != nil {
			return reflect.Value{}, err
		}
	}
	nc := c.classOf(obj, abs)
	if nc == nil {
		r, err := runtime.Repr(obj)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.Value{}, runtime.NewTypeError("expected some sort of %s, but got %s", abs, r)
	}
	p, err := c.fields(obj, nc)
	if err != nil {
		return reflect.Value{}, err
	}
	if nc.pos >= 0 {
		p.Elem().Field(nc.pos).Set(reflect.ValueOf(pos))
	}
	return p, nil
}

// positions reads the four position attributes.
func (c *fromConv) positions(obj runtime.Value, owner string, pos *syntax.Pos) *runtime.Exception {
	dst := [4]*int{&pos.Lineno, &pos.ColOffset, &pos.EndLineno, &pos.EndColOffset}
	for i, name := range [4]string{"lineno", "col_offset", "end_lineno", "end_col_offset"} {
		v, err := lookup(obj, name)
		if err != nil {
			return err
		}
		if v.IsNull() || (i >= 2 && v.IsNone() && owner != "pattern") {
			if i < 2 || owner == "pattern" {
				return runtime.NewTypeError("required field \"%s\" missing from %s", name, owner)
			}
			*dst[i] = *dst[i-2] // a missing end is the start
			continue
		}
		n, err := intOf(v)
		if err != nil {
			return err
		}
		*dst[i] = n
	}
	return nil
}

func intOf(v runtime.Value) (int, *runtime.Exception) {
	if runtime.IsInstance(v, runtime.IntType) {
		if n, ok := runtime.IntOf(v); ok && n == int64(int(n)) && n > -1<<31 && n < 1<<31 {
			return int(n), nil
		}
		return 0, runtime.NewOverflowError("Python int too large to convert to C int")
	}
	r, err := runtime.Repr(v)
	if err != nil {
		return 0, err
	}
	return 0, runtime.NewValueError("invalid integer value: %s", r)
}

// fields fills a new struct of nc's type from obj's attributes and returns
// a pointer to it.
func (c *fromConv) fields(obj runtime.Value, nc *nodeClass) (reflect.Value, *runtime.Exception) {
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxDepth {
		return reflect.Value{}, runtime.NewRecursionError("maximum recursion depth exceeded during ast construction")
	}
	p := reflect.New(nc.typ)
	missing := ""
	for _, f := range nc.fields {
		v, err := lookup(obj, f.name)
		if err != nil {
			return reflect.Value{}, err
		}
		dst := p.Elem().Field(f.index)
		if v.IsNull() {
			if f.optional {
				continue
			}
			return reflect.Value{}, runtime.NewTypeError("required field \"%s\" missing from %s", f.name, nc.name)
		}
		if v.IsNone() && (f.optional || noneIsNull(dst.Type(), c.st)) {
			if !f.optional && missing == "" {
				missing = f.name
			}
			continue
		}
		if err := c.field(v, dst, nc, f); err != nil {
			return reflect.Value{}, err
		}
	}
	if nc.pos >= 0 && nc.abs == "" {
		var pos syntax.Pos
		if err := c.positions(obj, nc.name, &pos); err != nil {
			return reflect.Value{}, err
		}
		p.Elem().Field(nc.pos).Set(reflect.ValueOf(pos))
	}
	if missing != "" {
		return reflect.Value{}, runtime.NewValueError("field '%s' is required for %s", missing, nc.name)
	}
	return p, nil
}

// field converts v into dst, a field of nc.
func (c *fromConv) field(v runtime.Value, dst reflect.Value, nc *nodeClass, f field) *runtime.Exception {
	if dst.Kind() == reflect.Slice {
		l, ok := v.TryList()
		if !ok {
			return runtime.NewTypeError("%s field \"%s\" must be a list, not a %s", nc.name, f.name, v.Type().Name)
		}
		items := l.Items()
		s := reflect.MakeSlice(dst.Type(), len(items), len(items))
		noneOK := (nc.name == "Dict" && f.name == "keys") || (nc.name == "arguments" && f.name == "kw_defaults")
		for i, x := range items {
			if x.IsNone() && !noneOK && s.Index(i).Kind() != reflect.String {
				what := "expression"
				if strings.HasPrefix(f.asdl, "stmt") {
					what = "statement"
				} else if strings.HasPrefix(f.asdl, "pattern") {
					what = "pattern"
				}
				return runtime.NewValueError("None disallowed in %s list", what)
			}
			if x.IsNone() && noneOK {
				continue
			}
			if err := c.elem(x, s.Index(i), nc, f); err != nil {
				return err
			}
		}
		dst.Set(s)
		return nil
	}
	return c.elem(v, dst, nc, f)
}

// elem converts one value (a field or a list entry) into dst.
func (c *fromConv) elem(v runtime.Value, dst reflect.Value, nc *nodeClass, f field) *runtime.Exception {
	t := dst.Type()
	if _, ok := enumASDL[t]; ok {
		return c.enum(v, dst)
	}
	switch t.Kind() {
	case reflect.String:
		s, ok := v.TryStr()
		if !ok {
			if strings.HasPrefix(f.asdl, "string") {
				return runtime.NewTypeError("AST string must be of type str")
			}
			return runtime.NewTypeError("AST identifier must be of type str")
		}
		dst.SetString(s.S)
	case reflect.Int:
		if v.IsNone() && f.optional {
			return nil
		}
		n, err := intOf(v)
		if err != nil {
			return err
		}
		dst.SetInt(int64(n))
	case reflect.Interface:
		if t.NumMethod() == 0 {
			k, err := constantOf(v)
			if err != nil {
				return err
			}
			if v.Type() == runtime.FrozenSetType && isEmpty(v) {
				c.sets = append(c.sets, v)
			}
			dst.Set(reflect.ValueOf(&k).Elem())
			return nil
		}
		x, err := c.sumOf(v, strings.ToLower(t.Name()))
		if err != nil {
			return err
		}
		dst.Set(x)
	case reflect.Pointer:
		sub := c.st.byStruct[t.Elem()]
		var x reflect.Value
		var err *runtime.Exception
		if sub.abs != "" {
			x, err = c.sumOf(v, sub.abs)
		} else {
			x, err = c.fields(v, sub)
		}
		if err != nil {
			return err
		}
		dst.Set(x)
	default:
		return runtime.NewSystemError("_ast: unexpected field type %s", t)
	}
	return nil
}

// enum converts an operator or context instance to its Go value.
func (c *fromConv) enum(v runtime.Value, dst reflect.Value) *runtime.Exception {
	for _, t := range v.Type().MRO {
		if i, ok := c.st.enumIdx[t]; ok && enumNames[dst.Type()][i] == t.Name {
			dst.SetUint(uint64(i))
			return nil
		}
	}
	r, err := runtime.Repr(v)
	if err != nil {
		return err
	}
	return runtime.NewTypeError("expected some sort of %s, but got %s", enumASDL[dst.Type()], r)
}

// constantOf converts a Constant's value, accepting the types CPython's
// validate_constant does.
func constantOf(v runtime.Value) (any, *runtime.Exception) {
	switch t := v.Type(); {
	case v.IsNone():
		return nil, nil
	case t == runtime.BoolType:
		return runtime.IsTrue(v)
	case t == runtime.IntType:
		small, bg, _ := runtime.IntParts(v)
		if bg != nil {
			return new(big.Int).Set(bg), nil
		}
		return small, nil
	case t == runtime.FloatType:
		f, _ := runtime.FloatValueOf(v)
		return f, nil
	case t == runtime.ComplexType:
		re, im, _ := runtime.ComplexParts(v)
		return complex(re, im), nil
	case t == runtime.StrType:
		s, _ := v.TryStr()
		return s.S, nil
	case t == runtime.BytesType:
		b, _ := v.TryBytes()
		return syntax.Bytes(b), nil
	case t == runtime.EllipsisType:
		return syntax.Ellipsis{}, nil
	case t == runtime.TupleType || t == runtime.FrozenSetType:
		return constantItems(v)
	}
	return nil, runtime.NewTypeError("got an invalid type in Constant: %s", v.Type().Name)
}

// noneIsNull reports whether None in a field of type t means "absent", as
// for node and identifier fields; product types (arguments) read None's
// attributes instead, and lists, ints and constants reject or keep it.
func noneIsNull(t reflect.Type, st *state) bool {
	switch t.Kind() {
	case reflect.String:
		return true
	case reflect.Interface:
		return t.NumMethod() > 0
	case reflect.Pointer:
		return st.byStruct[t.Elem()].abs != ""
	}
	return false
}

// constantItems converts a tuple or frozenset of constants to the
// compiler's constant form.
func constantItems(v runtime.Value) (any, *runtime.Exception) {
	it, err := runtime.Iter(v)
	if err != nil {
		return nil, err
	}
	var items []any
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			break
		}
		k, err := constantOf(x)
		if err != nil {
			return nil, err
		}
		items = append(items, k)
	}
	if v.Type() == runtime.TupleType {
		return compiler.Tuple(items), nil
	}
	return compiler.FrozenSet(items), nil
}

// isEmpty reports whether the frozenset v has no items.
func isEmpty(v runtime.Value) bool {
	n, err := runtime.Len(v)
	return err == nil && n == 0
}
