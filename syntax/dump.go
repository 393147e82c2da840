// This file defines Dump, which formats a tree exactly as CPython 3.11's
// ast.dump does with indent=None. It walks the nodes by reflection over the
// `py` struct tags, whose order is CPython's _fields order, so a new node type
// needs no code here.

package syntax

import (
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// Dump returns what CPython 3.11 prints for
// ast.dump(tree, include_attributes=includeAttributes).
func Dump(n Node, includeAttributes bool) string {
	d := dumper{attrs: includeAttributes}
	if n == nil {
		return "None"
	}
	d.value(reflect.ValueOf(n))
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	attrs bool
}

// nodeInfo is what Dump needs to know about one Go node type.
type nodeInfo struct {
	class  string
	fields []fieldInfo
	pos    int // index of the embedded Pos field, or -1
}

type fieldInfo struct {
	index int
	name  string
	// optional is true for ASDL fields declared with `?`, which ast.dump
	// omits when they are None.
	optional bool
}

// classNames holds the Python class names that differ from the Go names.
var classNames = map[string]string{
	"ExprStmt":      "Expr",
	"Alias":         "alias",
	"Arg":           "arg",
	"Arguments":     "arguments",
	"Comprehension": "comprehension",
	"Keyword":       "keyword",
	"MatchCase":     "match_case",
	"WithItem":      "withitem",
}

// optionalStrings lists the `identifier?` and `string?` fields, stored as ""
// for None. Other string fields print an empty str as such (TypeIgnore.tag
// can be empty).
var optionalStrings = map[string]bool{
	"type_comment":       true,
	"ImportFrom.module":  true,
	"ExceptHandler.name": true,
	"MatchAs.name":       true,
	"MatchStar.name":     true,
	"MatchMapping.rest":  true,
	"alias.asname":       true,
	"keyword.arg":        true,
	"Constant.kind":      true,
}

var nodeInfos sync.Map // reflect.Type (struct) -> *nodeInfo

var posType = reflect.TypeOf(Pos{})

func infoOf(t reflect.Type) *nodeInfo {
	if v, ok := nodeInfos.Load(t); ok {
		return v.(*nodeInfo)
	}
	info := &nodeInfo{class: t.Name(), pos: -1}
	if c, ok := classNames[info.class]; ok {
		info.class = c
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous && f.Type == posType {
			info.pos = i
			continue
		}
		name := f.Tag.Get("py")
		if name == "" {
			continue
		}
		opt := false
		switch f.Type.Kind() {
		case reflect.String:
			opt = optionalStrings[name] || optionalStrings[info.class+"."+name]
		case reflect.Pointer:
			opt = true
		case reflect.Interface:
			// Expr, Stmt, Pattern fields that may be nil are all optional;
			// a constant's value (type any) is not, and prints None.
			opt = f.Type.NumMethod() > 0
		}
		info.fields = append(info.fields, fieldInfo{i, name, opt})
	}
	v, _ := nodeInfos.LoadOrStore(t, info)
	return v.(*nodeInfo)
}

var attrNames = [4]string{"lineno", "col_offset", "end_lineno", "end_col_offset"}

// node writes a struct node: Class(field=value, ..., lineno=...).
func (d *dumper) node(v reflect.Value) {
	info := infoOf(v.Type())
	d.b.WriteString(info.class)
	d.b.WriteByte('(')
	sep := false
	for _, f := range info.fields {
		fv := v.Field(f.index)
		if f.optional && isNone(fv) {
			continue
		}
		if sep {
			d.b.WriteString(", ")
		}
		sep = true
		d.b.WriteString(f.name)
		d.b.WriteByte('=')
		d.value(fv)
	}
	if d.attrs && info.pos >= 0 {
		p := v.Field(info.pos)
		for i, name := range attrNames {
			if sep {
				d.b.WriteString(", ")
			}
			sep = true
			d.b.WriteString(name)
			d.b.WriteByte('=')
			d.writeInt(p.Field(i).Int())
		}
	}
	d.b.WriteByte(')')
}

func isNone(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return v.Len() == 0
	case reflect.Pointer, reflect.Interface:
		return v.IsNil()
	}
	return false
}

// writeInt writes n in decimal without allocating.
func (d *dumper) writeInt(n int64) {
	var buf [20]byte
	d.b.Write(strconv.AppendInt(buf[:0], n, 10))
}

var nodeType = reflect.TypeOf((*Node)(nil)).Elem()

var enumType = map[reflect.Type][]string{
	reflect.TypeOf(Load):   {"Load", "Store", "Del"},
	reflect.TypeOf(And):    {"And", "Or"},
	reflect.TypeOf(Add):    {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"},
	reflect.TypeOf(Invert): {"Invert", "Not", "UAdd", "USub"},
	reflect.TypeOf(Eq):     {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"},
}

// value writes a field value or list entry.
func (d *dumper) value(v reflect.Value) {
	if names, ok := enumType[v.Type()]; ok {
		i := int(v.Uint())
		if i < len(names) {
			d.b.WriteString(names[i])
			d.b.WriteString("()")
			return
		}
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			d.b.WriteString("None")
			return
		}
		e := v.Elem()
		if e.Type().Implements(nodeType) {
			d.value(e)
			return
		}
		d.b.WriteString(ReprConstant(e.Interface()))
	case reflect.Pointer:
		if v.IsNil() {
			d.b.WriteString("None")
			return
		}
		d.node(v.Elem())
	case reflect.Struct:
		d.node(v)
	case reflect.Slice:
		d.b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.value(v.Index(i))
		}
		d.b.WriteByte(']')
	case reflect.String:
		d.b.WriteString(ReprStr(v.String()))
	case reflect.Int, reflect.Int64, reflect.Int32:
		d.writeInt(v.Int())
	default:
		d.b.WriteString(ReprConstant(v.Interface()))
	}
}

// ReprConstant returns Python's repr of a constant value as the tree holds it
// (see Constant): None, bool, int64, *big.Int, float64, complex128, string,
// Bytes or Ellipsis.
func ReprConstant(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case *big.Int:
		return x.String()
	case float64:
		return ReprFloat(x)
	case complex128:
		return ReprComplex(x)
	case string:
		return ReprStr(x)
	case Bytes:
		return ReprBytes(string(x))
	case Ellipsis:
		return "Ellipsis"
	}
	return "<?>"
}
