// Package stringmod implements _string, the helpers string.Formatter
// uses to take str.format strings apart: formatter_parser and
// formatter_field_name_split, over the runtime's own format-string parser
// so that both agree on every edge case.
package stringmod

import "krait/runtime"

// Module is the _string module definition.
var Module = &runtime.ModuleDef{
	Name: "_string",
	Doc:  "string helper module",
	Methods: []runtime.Method{
		{Name: "formatter_parser", Flags: runtime.MethO, Fn: string_formatter_parser,
			Doc: "Return an iterator of (literal, field_name, format_spec, conversion) tuples for a format string."},
		{Name: "formatter_field_name_split", Flags: runtime.MethO, Fn: string_formatter_field_name_split,
			Doc: "Split a field name into its first part and an iterator of (is_attr, key) pairs for the rest."},
	},
}

// formatterIter is the formatteriterator type.
type formatterIter struct {
	runtime.Header
	p *runtime.FormatParser
}

// fieldNameIter is the fieldnameiterator type.
type fieldNameIter struct {
	runtime.Header
	p *runtime.FieldNameParser
}

var (
	formatterIterType = runtime.NewNativeType(&runtime.TypeSpec{Name: "formatteriterator"}, func(t *runtime.Type) {
		t.New = cannotCreate
		t.Iter = selfIter
		t.Next = formatteriter_next
	})
	fieldNameIterType = runtime.NewNativeType(&runtime.TypeSpec{Name: "fieldnameiterator"}, func(t *runtime.Type) {
		t.New = cannotCreate
		t.Iter = selfIter
		t.Next = fieldnameiter_next
	})
)

// cannotCreate is the New slot of the iterator types, which only this
// module makes (object's inherited New would give the wrong layout).
func cannotCreate(t *runtime.Type, _ []runtime.Value, _ []*runtime.Str) (runtime.Value, *runtime.Exception) {
	return runtime.Value{}, runtime.NewTypeError("cannot create '%s' instances", t.Name)
}

func selfIter(v runtime.Value) (runtime.Value, *runtime.Exception) { return v, nil }

func strArg(v runtime.Value) (*runtime.Str, *runtime.Exception) {
	s, ok := v.TryStr()
	if !ok {
		return nil, runtime.NewTypeError("expected str, got %s", v.Type().Name)
	}
	return s, nil
}

func string_formatter_parser(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := strArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.ValueOf(&formatterIter{runtime.HeaderFor(formatterIterType), runtime.NewFormatParser(s.S)}), nil
}

// formatteriter_next yields (literal, field_name, format_spec, conversion):
// the last three are None after trailing literal text, and conversion is
// None when the field has none.
func formatteriter_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	it := runtime.PtrOf[formatterIter](v)
	lit, field, name, spec, conv, more, err := it.p.Next()
	if err != nil || !more {
		return runtime.Value{}, err
	}
	if !field {
		return runtime.TupleValue(runtime.StrValue(lit), runtime.None, runtime.None, runtime.None), nil
	}
	c := runtime.None
	if conv != 0 {
		c = runtime.StrValue(string(conv))
	}
	return runtime.TupleValue(runtime.StrValue(lit), runtime.StrValue(name), runtime.StrValue(spec), c), nil
}

func string_formatter_field_name_split(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := strArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	first, p, err := runtime.SplitFormatFieldName(s.S)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(first, runtime.ValueOf(&fieldNameIter{runtime.HeaderFor(fieldNameIterType), p})), nil
}

func fieldnameiter_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	it := runtime.PtrOf[fieldNameIter](v)
	isAttr, key, more, err := it.p.Next()
	if err != nil || !more {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.Bool(isAttr), key), nil
}
