// This file defines the Python classes _struct.Struct (a compiled format
// with its pack and unpack methods) and _struct.unpack_iterator.

package structmod

import "krait/runtime"

// structObject is a _struct.Struct instance.
type structObject struct {
	runtime.Header
	s      *Struct
	format value
	attrs  *runtime.Attrs // instance attributes of Python subclasses
}

// StructType is _struct.Struct.
var StructType *runtime.Type

// unpackIter is a _struct.unpack_iterator over whole records of buf.
type unpackIter struct {
	runtime.Header
	s   *Struct
	buf []byte
	i   int
	n   int
}

var unpackIterType *runtime.Type

func structOf(v value) *Struct { return runtime.PtrOf[structObject](v).s }

// struct_new is Struct(format): it parses format at once (CPython 3.11
// does so in __init__, which nothing observable distinguishes).
func struct_new(t *runtime.Type, args []value, kwnames []*runtime.Str) (value, *exc) {
	npos := len(args) - len(kwnames)
	var format value
	switch {
	case npos == 1 && len(kwnames) == 0:
		format = args[0]
	case npos == 0 && len(kwnames) == 1 && kwnames[0].S == "format":
		format = args[0]
	case len(args) == 0:
		return none(), runtime.NewTypeError("Struct() missing required argument 'format' (pos 1)")
	default:
		return none(), runtime.NewTypeError("Struct() takes at most 1 argument (%d given)", len(args))
	}
	f, err := formatString(format)
	if err != nil {
		return none(), err
	}
	s, e := Compile(f)
	if e != nil {
		return none(), raise(e)
	}
	o := &structObject{Header: runtime.HeaderFor(t), s: s, format: runtime.StrValue(f)}
	if t != StructType {
		o.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(o), nil
}

var structTypeMethods = []runtime.Method{
	{Name: "pack", Sig: "*args", Fn: func(self value, a []value) (value, *exc) {
		return pack(structOf(self), a[0].AsTuple().Items())
	}},
	{Name: "pack_into", Sig: "*args", Fn: func(self value, a []value) (value, *exc) {
		return packIntoArgs(structOf(self), a[0].AsTuple().Items())
	}},
	{Name: "unpack", Sig: "buffer, /", Flags: runtime.MethO, Fn: func(self value, a []value) (value, *exc) {
		return unpack(structOf(self), a[0])
	}},
	runtime.ClinicKwMethod("unpack_from", "buffer, offset=", func(self value, a []value) (value, *exc) {
		return unpackFrom(structOf(self), a[0], a[1])
	}),
	{Name: "iter_unpack", Sig: "buffer, /", Flags: runtime.MethO, Fn: func(self value, a []value) (value, *exc) {
		return iterUnpack(structOf(self), a[0])
	}},
}

var structGetSets = []runtime.GetSetDef{
	{Name: "format", Get: func(v value) (value, *exc) { return runtime.PtrOf[structObject](v).format, nil }},
	{Name: "size", Get: func(v value) (value, *exc) { return runtime.Int(int64(structOf(v).Size)), nil }},
}

func unpackIter_next(v value) (value, *exc) {
	it := runtime.PtrOf[unpackIter](v)
	if it.i >= it.n {
		return value{}, nil
	}
	vs, e := it.s.UnpackFrom(it.buf, it.i*it.s.Size)
	if e != nil {
		return none(), raise(e)
	}
	it.i++
	return pyValues(vs), nil
}

func init() {
	StructType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_struct.Struct", Flags: runtime.FlagBaseType,
		Doc:     "Struct(format)\n--\n\nCreate a compiled struct object.",
		Methods: structTypeMethods, GetSets: structGetSets,
	}, func(t *runtime.Type) {
		t.New = struct_new
		t.InstAttrs = func(v value) *runtime.Attrs { return runtime.PtrOf[structObject](v).attrs }
	})
	unpackIterType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_struct.unpack_iterator",
		Methods: []runtime.Method{{Name: "__length_hint__", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
			it := runtime.PtrOf[unpackIter](self)
			return runtime.Int(int64(it.n - it.i)), nil
		}}},
	}, func(t *runtime.Type) {
		t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
			return none(), runtime.NewTypeError("cannot create '_struct.unpack_iterator' instances")
		}
		t.Iter = func(v value) (value, *exc) { return v, nil }
		t.Next = unpackIter_next
	})
}
