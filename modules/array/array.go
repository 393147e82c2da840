// Package array is CPython 3.11's array module: array.array, a compact
// sequence of C numbers or characters stored as native little-endian bytes
// and exported through the buffer protocol.
package array

import (
	"fmt"
	"strings"
	"sync"

	"krait/runtime"
)

// arrayObject is an array.array.
type arrayObject struct {
	runtime.Header
	attrs   *runtime.Attrs
	code    byte
	size    int
	data    []byte
	exports runtime.Exports
}

// ArrayType is array.array.
var ArrayType *runtime.Type

func arrayOf(v value) *arrayObject { return runtime.PtrOf[arrayObject](v) }

func tryArray(v value) (*arrayObject, bool) {
	if !runtime.IsInstance(v, ArrayType) {
		return nil, false
	}
	return arrayOf(v), true
}

func (a *arrayObject) len() int { return len(a.data) / a.size }

func (a *arrayObject) item(i int) value { return unpack(a.code, a.data[i*a.size:(i+1)*a.size]) }

// newArray makes an empty array of type t.
func newArray(t *runtime.Type, code byte) *arrayObject {
	a := &arrayObject{Header: runtime.HeaderFor(t), code: code, size: itemSize(code)}
	if t != ArrayType {
		a.attrs = &runtime.Attrs{}
	}
	return a
}

// checkResize refuses to change the size while memoryviews are alive.
func (a *arrayObject) checkResize() *exc {
	if a.exports.ExportsAlive() {
		return runtime.NewExceptionMsg(runtime.ExceptionTypeByName("BufferError"), "cannot resize an array that is exporting buffers")
	}
	return nil
}

// appendValues packs items at the end, all or nothing.
func (a *arrayObject) appendValues(items []value) *exc {
	buf := make([]byte, len(items)*a.size)
	for i, v := range items {
		if err := pack(a.code, buf[i*a.size:], v); err != nil {
			return err
		}
	}
	if len(buf) > 0 {
		if err := a.checkResize(); err != nil {
			return err
		}
	}
	a.data = append(a.data, buf...)
	return nil
}

func array_new(t *runtime.Type, args []value, kw []*runtime.Str) (value, *exc) {
	if len(kw) > 0 && t == ArrayType {
		return runtime.None, runtime.NewTypeError("array.array() takes no keyword arguments")
	}
	args = args[:len(args)-len(kw)]
	if len(args) < 1 || len(args) > 2 {
		return runtime.None, runtime.NewTypeError("array() takes at most 2 arguments (%d given)", len(args))
	}
	s, ok := args[0].TryStr()
	if !ok || len([]rune(s.String())) != 1 {
		what := args[0].Type().Name
		if ok {
			what = "str"
		}
		return runtime.None, runtime.NewTypeError("array() argument 1 must be a unicode character, not %s", what)
	}
	c := s.String()
	if len(c) != 1 || itemSize(c[0]) == 0 {
		return runtime.None, runtime.NewValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := newArray(t, c[0])
	if len(args) == 2 {
		if err := a.initFrom(args[1]); err != nil {
			return runtime.None, err
		}
	}
	return runtime.ValueOf(a), nil
}

// initFrom fills a new array from the constructor's initializer.
func (a *arrayObject) initFrom(init value) *exc {
	if s, ok := init.TryStr(); ok {
		if a.code != 'u' {
			return runtime.NewTypeError("cannot use a str to initialize an array with typecode '%c'", a.code)
		}
		a.fromUnicode(s.String())
		return nil
	}
	if o, ok := tryArray(init); ok && (o.code == 'u') != (a.code == 'u') {
		return runtime.NewTypeError("cannot use a unicode array to initialize an array with typecode '%c'", a.code)
	}
	_, isBytes := init.TryBytes()
	_, isBA := init.TryByteArray()
	if isBytes || isBA {
		b, _ := runtime.BufferBytes(init)
		return a.fromBytes(b)
	}
	return a.extendIter(init)
}

func (a *arrayObject) extendIter(it value) *exc {
	if o, ok := tryArray(it); ok {
		n := o.len()
		items := make([]value, n)
		for i := range items {
			items[i] = o.item(i)
		}
		return a.appendValues(items)
	}
	items, err := runtime.IterItems(it)
	if err != nil {
		return err
	}
	return a.appendValues(items)
}

func (a *arrayObject) fromBytes(b []byte) *exc {
	if len(b)%a.size != 0 {
		return runtime.NewValueError("bytes length not a multiple of item size")
	}
	if len(b) > 0 {
		if err := a.checkResize(); err != nil {
			return err
		}
	}
	a.data = append(a.data, b...)
	return nil
}

func (a *arrayObject) fromUnicode(s string) {
	for _, r := range s {
		var buf [4]byte
		putUint(buf[:], uint64(r))
		a.data = append(a.data, buf[:]...)
	}
}

func (a *arrayObject) toUnicode() string {
	var sb strings.Builder
	for i := 0; i < a.len(); i++ {
		s, _ := a.item(i).TryStr()
		sb.WriteString(s.String())
	}
	return sb.String()
}

func array_repr(v value) (value, *exc) {
	if a := arrayOf(v); a.code == 'u' {
		if err := a.checkCodePoints(); err != nil {
			return runtime.None, err
		}
	}
	a := arrayOf(v)
	name := v.Type().Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if a.len() == 0 {
		return runtime.StrValue(fmt.Sprintf("%s('%c')", name, a.code)), nil
	}
	var inner value
	if a.code == 'u' {
		inner = runtime.StrValue(a.toUnicode())
	} else {
		inner = a.toList()
	}
	r, err := runtime.Repr(inner)
	if err != nil {
		return runtime.None, err
	}
	return runtime.StrValue(fmt.Sprintf("%s('%c', %s)", name, a.code, r.String())), nil
}

func (a *arrayObject) toList() value {
	items := make([]value, a.len())
	for i := range items {
		items[i] = a.item(i)
	}
	return runtime.NewList(items)
}

// typesOnce creates the array and iterator types on the module's first
// import (Exec) rather than at process start-up.
var typesOnce sync.Once

func initTypes() {
	initIterType()
	ArrayType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "array.array",
		Flags:   runtime.FlagBaseType | runtime.FlagSequence,
		Methods: arrayMethods,
		GetSets: arrayGetSets,
	}, func(t *runtime.Type) {
		t.New = array_new
		t.Repr = array_repr
		t.Len = func(v value) (int, *exc) { return arrayOf(v).len(), nil }
		t.GetItem = array_subscript
		t.SetItem = array_ass_subscript
		t.Contains = array_contains
		t.Iter = array_iter
		t.RichCompare = array_richcompare
		t.Number[runtime.NbAdd] = array_concat
		t.Inplace[runtime.NbAdd] = array_inplace_concat
		t.Number[runtime.NbMultiply] = array_repeat
		t.Inplace[runtime.NbMultiply] = array_inplace_repeat
		t.InstAttrs = func(v value) *runtime.Attrs { return arrayOf(v).attrs }
		runtime.MarkUnhashable(t)
	})
	runtime.RegisterBuffer(ArrayType, func(v value) (*runtime.Buffer, *exc) {
		a := arrayOf(v)
		format := string(a.code)
		if a.code == 'u' {
			format = "w" // CPython's buffer format for wchar_t items
		}
		return &runtime.Buffer{Obj: v, Data: func() []byte { return a.data }, Format: format, ItemSize: a.size,
			Export: func(mv *runtime.MemoryView) { a.exports.Track(mv) }}, nil
	})
}

// Module is the array module.
var Module = &runtime.ModuleDef{
	Name: "array",
	Exec: func(m *runtime.Module) *runtime.Exception {
		typesOnce.Do(initTypes)
		m.SetAttr("array", ArrayType.Value())
		m.SetAttr("ArrayType", ArrayType.Value())
		m.SetAttr("typecodes", runtime.StrValue(typecodes))
		m.SetAttr("_array_reconstructor", reconstructor())
		// As CPython's module exec: array.array is a MutableSequence.
		abc, err := runtime.ImportModule("collections.abc")
		if err != nil {
			return err
		}
		seq, err := runtime.GetAttrString(abc, "MutableSequence")
		if err != nil {
			return err
		}
		_, err = runtime.CallMethod(seq, "register", ArrayType.Value())
		return err
	},
}
