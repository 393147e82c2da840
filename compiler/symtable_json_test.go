// This file defines the rebuilding of a syntax tree from the JSON form of
// CPython's ast that symdump.py prints, so that the symbol table can be
// tested on CPython's own trees, independently of our parser.

package compiler

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strconv"

	"krait/syntax"
)

// nodeTypes maps CPython's ast class names to our node types.
var nodeTypes = map[string]reflect.Type{}

func init() {
	for _, n := range []syntax.Node{
		&syntax.Module{}, &syntax.Interactive{}, &syntax.Expression{}, &syntax.FunctionType{},
		&syntax.FunctionDef{}, &syntax.AsyncFunctionDef{}, &syntax.ClassDef{}, &syntax.Return{},
		&syntax.Delete{}, &syntax.Assign{}, &syntax.AugAssign{}, &syntax.AnnAssign{},
		&syntax.For{}, &syntax.AsyncFor{}, &syntax.While{}, &syntax.If{}, &syntax.With{},
		&syntax.AsyncWith{}, &syntax.Match{}, &syntax.Raise{}, &syntax.Try{}, &syntax.TryStar{},
		&syntax.Assert{}, &syntax.Import{}, &syntax.ImportFrom{}, &syntax.Global{},
		&syntax.Nonlocal{}, &syntax.Pass{}, &syntax.Break{}, &syntax.Continue{},
		&syntax.BoolOp{}, &syntax.NamedExpr{}, &syntax.BinOp{}, &syntax.UnaryOp{},
		&syntax.Lambda{}, &syntax.IfExp{}, &syntax.Dict{}, &syntax.Set{}, &syntax.ListComp{},
		&syntax.SetComp{}, &syntax.DictComp{}, &syntax.GeneratorExp{}, &syntax.Await{},
		&syntax.Yield{}, &syntax.YieldFrom{}, &syntax.Compare{}, &syntax.Call{},
		&syntax.FormattedValue{}, &syntax.JoinedStr{}, &syntax.Constant{}, &syntax.Attribute{},
		&syntax.Subscript{}, &syntax.Starred{}, &syntax.Name{}, &syntax.List{}, &syntax.Tuple{},
		&syntax.Slice{}, &syntax.ExceptHandler{}, &syntax.MatchValue{}, &syntax.MatchSingleton{},
		&syntax.MatchSequence{}, &syntax.MatchMapping{}, &syntax.MatchClass{}, &syntax.MatchStar{},
		&syntax.MatchAs{}, &syntax.MatchOr{}, &syntax.TypeIgnore{},
	} {
		typ := reflect.TypeOf(n).Elem()
		nodeTypes[typ.Name()] = typ
	}
	nodeTypes["Expr"] = reflect.TypeOf(syntax.ExprStmt{})
	nodeTypes["arguments"] = reflect.TypeOf(syntax.Arguments{})
	nodeTypes["arg"] = reflect.TypeOf(syntax.Arg{})
	nodeTypes["keyword"] = reflect.TypeOf(syntax.Keyword{})
	nodeTypes["alias"] = reflect.TypeOf(syntax.Alias{})
	nodeTypes["comprehension"] = reflect.TypeOf(syntax.Comprehension{})
	nodeTypes["withitem"] = reflect.TypeOf(syntax.WithItem{})
	nodeTypes["match_case"] = reflect.TypeOf(syntax.MatchCase{})
}

// treeFromJSON rebuilds a tree from symdump.py's JSON form of CPython's ast.
func treeFromJSON(raw json.RawMessage) (syntax.Mod, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	n, err := nodeFromJSON(v)
	if err != nil {
		return nil, err
	}
	mod, ok := n.Interface().(syntax.Mod)
	if !ok {
		return nil, fmt.Errorf("root is %v, not a module", n.Type())
	}
	return mod, nil
}

// nodeFromJSON builds a pointer to the node described by v.
func nodeFromJSON(v any) (reflect.Value, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return reflect.Value{}, fmt.Errorf("expected a node, got %T", v)
	}
	cls, _ := m["_"].(string)
	typ, ok := nodeTypes[cls]
	if !ok {
		return reflect.Value{}, fmt.Errorf("unknown node class %q", cls)
	}
	p := reflect.New(typ)
	s := p.Elem()
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if f.Name == "Pos" {
			if at, ok := m["@"].([]any); ok && len(at) == 4 {
				s.Field(i).Set(reflect.ValueOf(syntax.Pos{
					Lineno: num(at[0]), ColOffset: num(at[1]), EndLineno: num(at[2]), EndColOffset: num(at[3])}))
			}
			continue
		}
		tag := f.Tag.Get("py")
		if tag == "" {
			continue
		}
		if err := setField(s.Field(i), m[tag]); err != nil {
			return reflect.Value{}, fmt.Errorf("%s.%s: %w", cls, tag, err)
		}
	}
	return p, nil
}

func num(v any) int {
	f, _ := v.(float64)
	return int(f)
}

// setField stores the JSON value v into the field dst.
func setField(dst reflect.Value, v any) error {
	if v == nil {
		return nil // None, or a Constant value we do not transmit
	}
	switch dst.Kind() {
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			return fmt.Errorf("expected a string, got %T", v)
		}
		dst.SetString(s)
	case reflect.Int, reflect.Uint8:
		f, ok := v.(float64)
		if !ok {
			return fmt.Errorf("expected a number, got %T", v)
		}
		if dst.Kind() == reflect.Int {
			dst.SetInt(int64(f))
		} else {
			dst.SetUint(uint64(f))
		}
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			return fmt.Errorf("expected a list, got %T", v)
		}
		out := reflect.MakeSlice(dst.Type(), len(list), len(list))
		for i, x := range list {
			if err := setField(out.Index(i), x); err != nil {
				return err
			}
		}
		dst.Set(out)
	case reflect.Interface:
		if dst.Type() == reflect.TypeOf((*any)(nil)).Elem() {
			c, err := constantFromJSON(v)
			if err == nil && c != nil {
				dst.Set(reflect.ValueOf(c))
			}
			return err
		}
		n, err := nodeFromJSON(v)
		if err != nil {
			return err
		}
		if !n.Type().Implements(dst.Type()) {
			return fmt.Errorf("%v is not a %v", n.Type(), dst.Type())
		}
		dst.Set(n)
	case reflect.Pointer:
		n, err := nodeFromJSON(v)
		if err != nil {
			return err
		}
		dst.Set(n)
	default:
		return fmt.Errorf("cannot fill a %v", dst.Type())
	}
	return nil
}

// constantFromJSON decodes a Constant value as symdump.py's tojson tags it.
func constantFromJSON(v any) (any, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case float64:
		return int64(x), nil
	case map[string]any:
		for tag, val := range x {
			switch tag {
			case "bool":
				return val.(bool), nil
			case "int":
				n, ok := new(big.Int).SetString(val.(string), 10)
				if !ok {
					return nil, fmt.Errorf("bad int %v", val)
				}
				return n, nil
			case "float":
				return strconv.ParseFloat(val.(string), 64)
			case "complex":
				parts := val.([]any)
				re, err := strconv.ParseFloat(parts[0].(string), 64)
				if err != nil {
					return nil, err
				}
				im, err := strconv.ParseFloat(parts[1].(string), 64)
				return complex(re, im), err
			case "bytes":
				var b []byte
				for _, r := range val.(string) {
					b = append(b, byte(r))
				}
				return syntax.Bytes(b), nil
			case "ellipsis":
				return syntax.Ellipsis{}, nil
			}
		}
	}
	return nil, fmt.Errorf("unknown constant %v", v)
}
