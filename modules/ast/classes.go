// This file defines the table of _ast node classes: CPython 3.11's ASDL
// sum and product types, with each concrete class's fields taken from the
// `py` struct tags of the syntax package's node structs.

package ast

import (
	"reflect"
	"strings"

	"krait/syntax"
)

// group is one ASDL type: a sum type (abstract class with concrete
// constructors) or, when nodes is nil, a product type (a concrete class).
type group struct {
	name  string
	attrs bool  // has the four position attributes
	nodes []any // pointers to zero structs, or enum names (strings)
	prod  any   // the struct of a product type
}

var groups = []group{
	{name: "mod", nodes: []any{&syntax.Module{}, &syntax.Interactive{}, &syntax.Expression{}, &syntax.FunctionType{}}},
	{name: "stmt", attrs: true, nodes: []any{
		&syntax.FunctionDef{}, &syntax.AsyncFunctionDef{}, &syntax.ClassDef{}, &syntax.Return{},
		&syntax.Delete{}, &syntax.Assign{}, &syntax.AugAssign{}, &syntax.AnnAssign{}, &syntax.For{},
		&syntax.AsyncFor{}, &syntax.While{}, &syntax.If{}, &syntax.With{}, &syntax.AsyncWith{},
		&syntax.Match{}, &syntax.Raise{}, &syntax.Try{}, &syntax.TryStar{}, &syntax.Assert{},
		&syntax.Import{}, &syntax.ImportFrom{}, &syntax.Global{}, &syntax.Nonlocal{},
		&syntax.ExprStmt{}, &syntax.Pass{}, &syntax.Break{}, &syntax.Continue{}}},
	{name: "expr", attrs: true, nodes: []any{
		&syntax.BoolOp{}, &syntax.NamedExpr{}, &syntax.BinOp{}, &syntax.UnaryOp{}, &syntax.Lambda{},
		&syntax.IfExp{}, &syntax.Dict{}, &syntax.Set{}, &syntax.ListComp{}, &syntax.SetComp{},
		&syntax.DictComp{}, &syntax.GeneratorExp{}, &syntax.Await{}, &syntax.Yield{},
		&syntax.YieldFrom{}, &syntax.Compare{}, &syntax.Call{}, &syntax.FormattedValue{},
		&syntax.JoinedStr{}, &syntax.Constant{}, &syntax.Attribute{}, &syntax.Subscript{},
		&syntax.Starred{}, &syntax.Name{}, &syntax.List{}, &syntax.Tuple{}, &syntax.Slice{}}},
	{name: "expr_context", nodes: []any{"Load", "Store", "Del"}},
	{name: "boolop", nodes: []any{"And", "Or"}},
	{name: "operator", nodes: []any{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}},
	{name: "unaryop", nodes: []any{"Invert", "Not", "UAdd", "USub"}},
	{name: "cmpop", nodes: []any{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}},
	{name: "comprehension", prod: &syntax.Comprehension{}},
	{name: "excepthandler", attrs: true, nodes: []any{&syntax.ExceptHandler{}}},
	{name: "arguments", prod: &syntax.Arguments{}},
	{name: "arg", attrs: true, prod: &syntax.Arg{}},
	{name: "keyword", attrs: true, prod: &syntax.Keyword{}},
	{name: "alias", attrs: true, prod: &syntax.Alias{}},
	{name: "withitem", prod: &syntax.WithItem{}},
	{name: "match_case", prod: &syntax.MatchCase{}},
	{name: "pattern", attrs: true, nodes: []any{
		&syntax.MatchValue{}, &syntax.MatchSingleton{}, &syntax.MatchSequence{}, &syntax.MatchMapping{},
		&syntax.MatchClass{}, &syntax.MatchStar{}, &syntax.MatchAs{}, &syntax.MatchOr{}}},
	{name: "type_ignore", nodes: []any{&syntax.TypeIgnore{}}},
}

// classNames maps Go struct names to Python class names where they differ.
var classNames = map[string]string{
	"ExprStmt": "Expr", "Alias": "alias", "Arg": "arg", "Arguments": "arguments",
	"Comprehension": "comprehension", "Keyword": "keyword", "MatchCase": "match_case",
	"WithItem": "withitem",
}

// optionalStrings lists the `identifier?` and `string?` fields, which hold
// "" for None.
var optionalStrings = map[string]bool{
	"type_comment": true, "ImportFrom.module": true, "ExceptHandler.name": true,
	"MatchAs.name": true, "MatchStar.name": true, "MatchMapping.rest": true,
	"alias.asname": true, "keyword.arg": true, "Constant.kind": true,
}

// optionalNodes lists the `expr?`, `pattern?`, `arg?` and `int?` fields.
var optionalNodes = map[string]bool{
	"AnnAssign.value": true, "Assert.msg": true, "AsyncFunctionDef.returns": true,
	"ExceptHandler.type": true, "FormattedValue.format_spec": true, "FunctionDef.returns": true,
	"ImportFrom.level": true, "MatchAs.pattern": true, "Raise.exc": true, "Raise.cause": true,
	"Return.value": true, "Slice.lower": true, "Slice.upper": true, "Slice.step": true,
	"Yield.value": true, "arg.annotation": true, "arguments.vararg": true,
	"arguments.kwarg": true, "match_case.guard": true, "withitem.optional_vars": true,
}

// stringFields are the ASDL `string` (not `identifier`) fields.
var stringFields = map[string]bool{"type_comment": true, "kind": true, "tag": true}

// field describes one field of a node struct.
type field struct {
	index    int
	name     string
	optional bool
	asdl     string // the ASDL type, e.g. "expr*", for __doc__
}

// nodeClass describes one concrete node class.
type nodeClass struct {
	name   string
	abs    string // the abstract base's name, or "" for a product type
	attrs  bool
	typ    reflect.Type // the struct type; nil for enum classes
	fields []field
	pos    int // index of the embedded syntax.Pos, or -1
}

var posType = reflect.TypeOf(syntax.Pos{})

var enumASDL = map[reflect.Type]string{
	reflect.TypeOf(syntax.Load): "expr_context", reflect.TypeOf(syntax.And): "boolop",
	reflect.TypeOf(syntax.Add): "operator", reflect.TypeOf(syntax.Invert): "unaryop",
	reflect.TypeOf(syntax.Eq): "cmpop",
}

func className(t reflect.Type) string {
	if c, ok := classNames[t.Name()]; ok {
		return c
	}
	return t.Name()
}

// describe builds the nodeClass of a struct type.
func describe(t reflect.Type, abs string, attrs bool) *nodeClass {
	nc := &nodeClass{name: className(t), abs: abs, attrs: attrs, typ: t, pos: -1}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous && f.Type == posType {
			nc.pos = i
			continue
		}
		name := f.Tag.Get("py")
		if name == "" {
			continue
		}
		fd := field{index: i, name: name}
		fd.asdl, fd.optional = asdlType(f.Type, name, nc.name)
		nc.fields = append(nc.fields, fd)
	}
	return nc
}

// asdlType returns the ASDL spelling of a Go field type and whether the
// field is optional.
func asdlType(t reflect.Type, name, class string) (string, bool) {
	if s, ok := enumASDL[t]; ok {
		return s, false
	}
	switch t.Kind() {
	case reflect.Slice:
		s, _ := asdlType(t.Elem(), name, class)
		return s + "*", false
	case reflect.String:
		s := "identifier"
		if stringFields[name] {
			s = "string"
		}
		if optionalStrings[name] || optionalStrings[class+"."+name] {
			return s + "?", true
		}
		return s, false
	case reflect.Int:
		return opt("int", name, class)
	case reflect.Pointer:
		n := className(t.Elem())
		switch n {
		case "ExceptHandler":
			n = "excepthandler"
		case "TypeIgnore":
			n = "type_ignore"
		}
		return opt(n, name, class)
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return "constant", false
		}
		return opt(strings.ToLower(t.Name()), name, class)
	}
	return "?", false
}

func opt(s, name, class string) (string, bool) {
	if optionalNodes[class+"."+name] {
		return s + "?", true
	}
	return s, false
}

// signature is a node's __doc__: Name(type field, ...).
func (nc *nodeClass) signature() string {
	if len(nc.fields) == 0 {
		return nc.name
	}
	parts := make([]string, len(nc.fields))
	for i, f := range nc.fields {
		parts[i] = f.asdl + " " + f.name
	}
	return nc.name + "(" + strings.Join(parts, ", ") + ")"
}
