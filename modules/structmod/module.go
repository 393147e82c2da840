// This file defines the Python binding of the _struct module: the
// module functions with their format cache, the Struct class, the
// unpack_iterator, struct.error, and the conversion of Python values to and
// from the Go values this package packs.

package structmod

import (
	"math/big"
	"sync"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

func none() value { return runtime.None }

// structError returns struct.error, created once per process so that
// every import of _struct shares it.
var structError = runtime.LazyExceptionClass("struct", "error", "", runtime.ExceptionType)

// raise turns a core error into struct.error or the builtin it names.
func raise(e *Error) *exc {
	if e.Kind == "error" {
		return runtime.NewExceptionMsg(structError(), e.Msg)
	}
	return runtime.ExceptionOfKind(e.Kind, e.Msg)
}

// formatString extracts a format given as str or bytes.
func formatString(v value) (string, *exc) {
	if s, ok := v.TryStr(); ok {
		return s.S, nil
	}
	if b, ok := v.TryBytes(); ok {
		return string(b), nil
	}
	return "", runtime.NewTypeError("Struct() argument 1 must be a str or bytes object, not %s", v.Type().Name)
}

var (
	cacheMu sync.Mutex
	cache   = map[string]*Struct{}
)

const maxCache = 100

// compiled returns the compiled format, through the module's cache.
func compiled(v value) (*Struct, *exc) {
	f, err := formatString(v)
	if err != nil {
		return nil, err
	}
	cacheMu.Lock()
	s, ok := cache[f]
	cacheMu.Unlock()
	if ok {
		return s, nil
	}
	s, e := Compile(f)
	if e != nil {
		return nil, raise(e)
	}
	cacheMu.Lock()
	if len(cache) >= maxCache {
		cache = map[string]*Struct{}
	}
	cache[f] = s
	cacheMu.Unlock()
	return s, nil
}

// goArgs converts the values to pack, code by code, into what the core
// expects: ints (after __index__), floats, truth values and bytes.
func goArgs(s *Struct, args []value) ([]any, *exc) {
	if len(args) != s.Items {
		return nil, nil // the core reports the count with the right message
	}
	out := make([]any, len(args))
	a := 0
	for _, c := range s.Codes {
		n := c.Count
		if c.Char == 's' || c.Char == 'p' {
			n = 1
		}
		for k := 0; k < n; k++ {
			v, err := goArg(c.Char, args[a])
			if err != nil {
				return nil, err
			}
			out[a] = v
			a++
		}
	}
	return out, nil
}

func goArg(code byte, v value) (any, *exc) {
	switch code {
	case 's', 'p':
		if b, ok := runtime.BufferBytes(v); ok {
			return b, nil
		}
		return nil, nil
	case 'c':
		if b, ok := v.TryBytes(); ok {
			return b, nil
		}
		return nil, nil
	case '?':
		t, err := runtime.IsTrue(v)
		return t, err
	case 'e', 'f', 'd':
		if s, b, ok := runtime.IntParts(v); ok {
			return intAny(s, b), nil
		}
		if f, err := runtime.FloatAsDouble(v); err == nil {
			return f, nil
		}
		return nil, nil
	}
	if s, b, ok := runtime.IntParts(v); ok {
		return intAny(s, b), nil
	}
	if v.Type().Index != nil {
		return runtime.IndexBig(v, "")
	}
	return nil, nil
}

func intAny(s int64, b *big.Int) any {
	if b != nil {
		return b
	}
	return s
}

// pyValues converts unpacked Go values to a tuple.
func pyValues(vs []any) value {
	out := make([]value, len(vs))
	for i, v := range vs {
		switch x := v.(type) {
		case int64:
			out[i] = runtime.Int(x)
		case uint64:
			out[i] = runtime.NewIntBig(new(big.Int).SetUint64(x))
		case float64:
			out[i] = runtime.Float(x)
		case bool:
			out[i] = runtime.Bool(x)
		case []byte:
			out[i] = runtime.NewBytes(x)
		}
	}
	return runtime.TupleValue(out...)
}

func pack(s *Struct, args []value) (value, *exc) {
	gv, err := goArgs(s, args)
	if err != nil {
		return none(), err
	}
	if gv == nil {
		gv = make([]any, len(args))
	}
	b, e := s.Pack(gv)
	if e != nil {
		return none(), raise(e)
	}
	return runtime.NewBytes(b), nil
}

// packIntoArgs is pack_into's (buffer, offset, *values) with its checks.
func packIntoArgs(s *Struct, args []value) (value, *exc) {
	switch len(args) {
	case 0:
		return none(), raise(structErr("pack_into expected buffer argument"))
	case 1:
		return none(), raise(structErr("pack_into expected offset argument"))
	}
	return packInto(s, args[0], args[1], args[2:])
}

func packInto(s *Struct, buf, off value, args []value) (value, *exc) {
	b, ok := runtime.IOWritableBuffer(buf)
	if !ok {
		return none(), runtime.NewTypeError("argument must be read-write bytes-like object, not %s", buf.Type().Name)
	}
	offset, err := runtime.IndexInt64(off, "")
	if err != nil {
		return none(), err
	}
	gv, err := goArgs(s, args)
	if err != nil {
		return none(), err
	}
	if gv == nil {
		gv = make([]any, len(args))
	}
	if e := s.PackInto(b, int(offset), gv); e != nil {
		return none(), raise(e)
	}
	return none(), nil
}

// readBuffer gets the bytes of a buffer argument.
func readBuffer(v value) ([]byte, *exc) {
	if b, ok := runtime.BufferBytes(v); ok {
		return b, nil
	}
	return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
}

func unpack(s *Struct, buf value) (value, *exc) {
	b, err := readBuffer(buf)
	if err != nil {
		return none(), err
	}
	vs, e := s.Unpack(b)
	if e != nil {
		return none(), raise(e)
	}
	return pyValues(vs), nil
}

func unpackFrom(s *Struct, buf, off value) (value, *exc) {
	b, err := readBuffer(buf)
	if err != nil {
		return none(), err
	}
	offset := int64(0)
	if !off.IsNull() {
		if offset, err = runtime.IndexInt64(off, ""); err != nil {
			return none(), err
		}
	}
	vs, e := s.UnpackFrom(b, int(offset))
	if e != nil {
		return none(), raise(e)
	}
	return pyValues(vs), nil
}

func iterUnpack(s *Struct, buf value) (value, *exc) {
	b, err := readBuffer(buf)
	if err != nil {
		return none(), err
	}
	n, e := s.IterUnpack(b)
	if e != nil {
		return none(), raise(e)
	}
	it := &unpackIter{Header: runtime.HeaderFor(unpackIterType), s: s, buf: b, n: n}
	return runtime.ValueOf(it), nil
}

func withFormat(f func(s *Struct, a []value) (value, *exc)) runtime.MethodFunc {
	return func(_ value, a []value) (value, *exc) {
		s, err := compiled(a[0])
		if err != nil {
			return none(), err
		}
		return f(s, a[1:])
	}
}

var structMethods = []runtime.Method{
	{Name: "pack", Sig: "*args", Fn: func(_ value, a []value) (value, *exc) {
		args := a[0].AsTuple().Items()
		if len(args) == 0 {
			return none(), runtime.NewTypeError("missing format argument")
		}
		s, err := compiled(args[0])
		if err != nil {
			return none(), err
		}
		return pack(s, args[1:])
	}},
	{Name: "pack_into", Sig: "*args", Fn: func(_ value, a []value) (value, *exc) {
		args := a[0].AsTuple().Items()
		if len(args) == 0 {
			return none(), runtime.NewTypeError("missing format argument")
		}
		s, err := compiled(args[0])
		if err != nil {
			return none(), err
		}
		return packIntoArgs(s, args[1:])
	}},
	{Name: "unpack", Sig: "format, buffer, /", Fn: withFormat(func(s *Struct, a []value) (value, *exc) {
		return unpack(s, a[0])
	})},
	runtime.ClinicKwMethod("unpack_from", "format, /, buffer, offset=", withFormat(func(s *Struct, a []value) (value, *exc) {
		return unpackFrom(s, a[0], a[1])
	})),
	{Name: "iter_unpack", Sig: "format, buffer, /", Fn: withFormat(func(s *Struct, a []value) (value, *exc) {
		return iterUnpack(s, a[0])
	})},
	{Name: "calcsize", Sig: "format, /", Flags: runtime.MethO, Fn: withFormat(func(s *Struct, a []value) (value, *exc) {
		return runtime.Int(int64(s.Size)), nil
	})},
	{Name: "_clearcache", Flags: runtime.MethNoArgs, Fn: func(_ value, _ []value) (value, *exc) {
		cacheMu.Lock()
		cache = map[string]*Struct{}
		cacheMu.Unlock()
		return none(), nil
	}},
}

// Module is the _struct module.
var Module = &runtime.ModuleDef{
	Name:    "_struct",
	Doc:     "Functions to convert between Python values and C structs.",
	Methods: structMethods,
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("Struct", StructType.Value())
		m.SetAttr("error", structError().Value())
		return nil
	},
}
