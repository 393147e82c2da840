// This file defines the memoryview type: a view of an exporter's memory
// (buffer.go) with a format, a shape and strides, so that slices share
// memory with a bytearray, cast reinterprets it, and release ends the
// export. Items are packed and unpacked in memoryview_items.go.

package runtime

import (
	"fmt"
	"strings"
)

// MemoryViewType and MemIterType are memoryview and its iterator.
var (
	MemoryViewType = newBuiltinType("memoryview", ObjectType, 0)
	MemIterType    = newBuiltinType("memory_iterator", ObjectType, 0)
)

// MemoryView is a memoryview object. Element i of a one-dimensional view
// starts at byte off + i*strides[0] of src.Data().
type MemoryView struct {
	Header
	src      *Buffer
	off      int
	format   string
	itemsize int
	shape    []int
	strides  []int
	readonly bool
	released bool
	hash     int64
}

// TryMemoryView returns v's *MemoryView if v is a memoryview.
func (v Value) TryMemoryView() (*MemoryView, bool) {
	if v.p == nil || v.Type() != MemoryViewType {
		return nil, false
	}
	return ptrOf[MemoryView](v), true
}

var memoryViewNewMethod = Method{Name: "memoryview", Sig: "object"}

func memoryview_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	var buf [1]Value
	a, err := memoryViewNewMethod.bindArgs(args, kw, "memoryview", buf[:0])
	if err != nil {
		return Value{}, err
	}
	return NewMemoryView(a[0])
}

// NewMemoryView is memoryview(obj).
func NewMemoryView(obj Value) (Value, *Exception) {
	if mv, ok := obj.TryMemoryView(); ok {
		if err := mv.check(); err != nil {
			return Value{}, err
		}
		return ValueOf(mv.derive()), nil
	}
	b, ok, err := getBuffer(obj)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, NewTypeError("memoryview: a bytes-like object is required, not '%s'", obj.Type().Name)
	}
	shape, strides := bufferShape(b)
	mv := &MemoryView{Header: Header{MemoryViewType}, src: b, format: b.Format, itemsize: b.ItemSize,
		shape: shape, strides: strides, readonly: b.ReadOnly, hash: -1}
	if b.Export != nil {
		b.Export(mv)
	}
	return ValueOf(mv), nil
}

// derive returns a new view of the same memory, registered with the exporter.
func (mv *MemoryView) derive() *MemoryView {
	n := *mv
	n.shape = append([]int(nil), mv.shape...)
	n.strides = append([]int(nil), mv.strides...)
	n.hash = -1
	if mv.src.Export != nil {
		mv.src.Export(&n)
	}
	return &n
}

func (mv *MemoryView) check() *Exception {
	if mv.released {
		return NewValueError("operation forbidden on released memoryview object")
	}
	return nil
}

func (mv *MemoryView) ndim() int { return len(mv.shape) }

func (mv *MemoryView) count() int {
	n := 1
	for _, s := range mv.shape {
		n *= s
	}
	return n
}

func (mv *MemoryView) nbytes() int { return mv.count() * mv.itemsize }

// cContiguous reports whether the items lie in C order without gaps.
func (mv *MemoryView) cContiguous() bool {
	want := mv.itemsize
	for i := len(mv.shape) - 1; i >= 0; i-- {
		if mv.shape[i] == 0 {
			return true
		}
		if mv.shape[i] != 1 && mv.strides[i] != want {
			return false
		}
		want *= mv.shape[i]
	}
	return true
}

// fContiguous reports whether the items lie in Fortran order without gaps.
func (mv *MemoryView) fContiguous() bool {
	want := mv.itemsize
	for i := range mv.shape {
		if mv.shape[i] == 0 {
			return true
		}
		if mv.shape[i] != 1 && mv.strides[i] != want {
			return false
		}
		want *= mv.shape[i]
	}
	return true
}

// bytes returns the view's items in C order: the exporter's memory itself
// when contiguous.
func (mv *MemoryView) bytes() []byte {
	data := mv.src.Data()
	if mv.count() == 0 {
		return nil
	}
	if mv.cContiguous() {
		return data[mv.off : mv.off+mv.nbytes()]
	}
	out := make([]byte, 0, mv.nbytes())
	mv.walk(func(off int) { out = append(out, data[off:off+mv.itemsize]...) })
	return out
}

// walk calls f with the byte offset of every item in C order.
func (mv *MemoryView) walk(f func(off int)) {
	var rec func(dim, off int)
	rec = func(dim, off int) {
		if dim == len(mv.shape) {
			f(off)
			return
		}
		for i := 0; i < mv.shape[dim]; i++ {
			rec(dim+1, off+i*mv.strides[dim])
		}
	}
	rec(0, mv.off)
}

func memoryview_len(v Value) (int, *Exception) {
	mv := ptrOf[MemoryView](v)
	if err := mv.check(); err != nil {
		return 0, err
	}
	if mv.ndim() == 0 {
		return 1, nil
	}
	return mv.shape[0], nil
}

// itemOffset is the byte offset of index key along dimension dim.
func (mv *MemoryView) itemOffset(key Value, dim int) (int, *Exception) {
	if key.Type().Index == nil {
		return 0, NewTypeError("memoryview: invalid slice key")
	}
	i, err := indexToInt(key, "")
	if err != nil {
		return 0, err
	}
	n := int64(mv.shape[dim])
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, NewIndexError("index out of bounds on dimension %d", dim+1)
	}
	return int(i) * mv.strides[dim], nil
}

// locate returns the byte offset of the item that key (an int or a tuple
// of ints, one per dimension) names, or ok false for a slice key.
func (mv *MemoryView) locate(key Value) (int, bool, *Exception) {
	if t, ok := key.TryTuple(); ok {
		slices := 0
		for _, k := range t.items {
			if _, isSlice := k.TrySlice(); isSlice {
				slices++
			} else if k.Type().Index == nil {
				return 0, false, NewTypeError("memoryview: invalid slice key")
			}
		}
		if slices == len(t.items) && slices > 0 {
			return 0, false, NewNotImplementedError("multi-dimensional slicing is not implemented")
		}
		if slices > 0 {
			return 0, false, NewTypeError("memoryview: invalid slice key")
		}
		if len(t.items) < mv.ndim() {
			return 0, false, NewNotImplementedError("sub-views are not implemented")
		}
		if len(t.items) > mv.ndim() {
			return 0, false, NewTypeError("cannot index %d-dimension view with %d-element tuple", mv.ndim(), len(t.items))
		}
		off := mv.off
		for d, k := range t.items {
			o, err := mv.itemOffset(k, d)
			if err != nil {
				return 0, false, err
			}
			off += o
		}
		return off, true, nil
	}
	if mv.ndim() == 0 {
		return 0, false, NewTypeError("invalid indexing of 0-dim memory")
	}
	if mv.ndim() > 1 {
		return 0, false, NewNotImplementedError("multi-dimensional sub-views are not implemented")
	}
	o, err := mv.itemOffset(key, 0)
	return mv.off + o, true, err
}

func memoryview_subscript(v, key Value) (Value, *Exception) {
	mv := ptrOf[MemoryView](v)
	if err := mv.check(); err != nil {
		return Value{}, err
	}
	if sl, ok := key.TrySlice(); ok {
		if mv.ndim() == 0 {
			return Value{}, NewTypeError("invalid indexing of 0-dim memory")
		}
		r := mv.derive() // first, as CPython: the new view holds the buffer if an __index__ releases mv
		start, _, step, n, err := sl.indices(mv.shape[0])
		if err != nil {
			r.released = true // drop its export
			return Value{}, err
		}
		if n > 0 { // an empty slice's start may lie outside the memory
			r.off += start * mv.strides[0]
		}
		r.shape[0] = n
		r.strides[0] *= step
		return ValueOf(r), nil
	}
	if mv.ndim() == 0 {
		if key.Is(Ellipsis) {
			return ValueOf(mv.derive()), nil
		}
		if isEmptyTuple(key) {
			return unpackItem(mv.format, mv.src.Data()[mv.off:mv.off+mv.itemsize])
		}
	}
	off, _, err := mv.locate(key)
	if err == nil {
		err = mv.check() // an __index__ may have released the view (gh-92888)
	}
	if err != nil {
		return Value{}, err
	}
	return unpackItem(mv.format, mv.src.Data()[off:off+mv.itemsize])
}

func memoryview_ass_subscript(v, key, val Value) *Exception {
	mv := ptrOf[MemoryView](v)
	if err := mv.check(); err != nil {
		return err
	}
	if mv.readonly {
		return NewTypeError("cannot modify read-only memory")
	}
	if val.IsNull() {
		return NewTypeError("cannot delete memory")
	}
	if sl, ok := key.TrySlice(); ok {
		if mv.ndim() != 1 {
			return NewNotImplementedError("memoryview slice assignments are currently restricted to ndim = 1")
		}
		dst, err := memoryview_subscript(v, ValueOf(sl))
		if err == nil {
			err = mv.check() // released by the slice's __index__
		}
		if err != nil {
			return err
		}
		return mv.assignView(ptrOf[MemoryView](dst), val)
	}
	if mv.ndim() == 0 && (key.Is(Ellipsis) || isEmptyTuple(key)) {
		return mv.packChecked(val, mv.off)
	}
	off, _, err := mv.locate(key)
	if err != nil {
		return err
	}
	return mv.packChecked(val, off)
}

// packChecked converts val into the item at off, writing it only if the
// conversion (which may run __index__, __float__ or __bool__) left the
// view unreleased, as CPython since gh-92888.
func (mv *MemoryView) packChecked(val Value, off int) *Exception {
	var small [16]byte
	tmp := small[:0]
	if mv.itemsize <= len(small) {
		tmp = small[:mv.itemsize]
	} else {
		tmp = make([]byte, mv.itemsize)
	}
	if err := packItem(mv.format, val, tmp); err != nil {
		return err
	}
	if err := mv.check(); err != nil {
		return err
	}
	copy(mv.src.Data()[off:off+mv.itemsize], tmp)
	return nil
}

func isEmptyTuple(v Value) bool {
	t, ok := v.TryTuple()
	return ok && len(t.items) == 0
}

// assignView copies the buffer val into the view dst (a slice of mv).
func (mv *MemoryView) assignView(dst *MemoryView, val Value) *Exception {
	src, err := viewOf(val)
	if err != nil {
		return err
	}
	if nativeFormat(src.format) != nativeFormat(dst.format) || src.itemsize != dst.itemsize || len(src.shape) != 1 || src.shape[0] != dst.shape[0] {
		return NewValueError("memoryview assignment: lvalue and rvalue have different structures")
	}
	items := src.bytes()
	items = append([]byte(nil), items...) // the two views may overlap
	data, i := dst.src.Data(), 0
	dst.walk(func(off int) {
		copy(data[off:off+dst.itemsize], items[i:i+dst.itemsize])
		i += dst.itemsize
	})
	return nil
}

// viewOf returns a memoryview of any buffer exporter (v itself for a view).
func viewOf(v Value) (*MemoryView, *Exception) {
	if mv, ok := v.TryMemoryView(); ok {
		return mv, mv.check()
	}
	b, ok, err := getBuffer(v)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
	}
	shape, strides := bufferShape(b)
	return &MemoryView{Header: Header{MemoryViewType}, src: b, format: b.Format, itemsize: b.ItemSize,
		shape: shape, strides: strides, readonly: b.ReadOnly, hash: -1}, nil
}

// tolist unpacks the items below dimension dim at byte offset off.
func (mv *MemoryView) tolist(data []byte, dim, off int) (Value, *Exception) {
	if dim == mv.ndim() {
		return unpackItem(mv.format, data[off:off+mv.itemsize])
	}
	items := make([]Value, mv.shape[dim])
	for i := range items {
		r, err := mv.tolist(data, dim+1, off+i*mv.strides[dim])
		if err != nil {
			return Value{}, err
		}
		items[i] = r
	}
	return NewList(items), nil
}

// items returns the unpacked items in C order.
func (mv *MemoryView) items() ([]Value, *Exception) {
	data := mv.src.Data()
	var out []Value
	var err *Exception
	mv.walk(func(off int) {
		if err == nil {
			var r Value
			r, err = unpackItem(mv.format, data[off:off+mv.itemsize])
			out = append(out, r)
		}
	})
	return out, err
}

func memoryview_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	if op != Eq && op != Ne {
		return NotImplemented, nil
	}
	a := ptrOf[MemoryView](v)
	if v.Is(w) {
		return Bool(op == Eq), nil
	}
	var b *MemoryView
	if mv, ok := w.TryMemoryView(); ok {
		b = mv
	} else if buf, ok, err := getBuffer(w); err != nil || !ok {
		return NotImplemented, nil
	} else {
		shape, strides := bufferShape(buf)
		b = &MemoryView{src: buf, format: buf.Format, itemsize: buf.ItemSize, shape: shape, strides: strides}
	}
	if a.released || b.released {
		return Bool(op == Ne), nil
	}
	if checkUnpackFormat(a.format) != nil || checkUnpackFormat(b.format) != nil {
		// CPython's struct cannot unpack the items either: unequal, no error.
		return Bool(op == Ne), nil
	}
	eq, err := memoryEqual(a, b)
	if err != nil {
		return Value{}, err
	}
	return Bool(eq == (op == Eq)), nil
}

func memoryEqual(a, b *MemoryView) (bool, *Exception) {
	if len(a.shape) != len(b.shape) {
		return false, nil
	}
	for i := range a.shape {
		if a.shape[i] != b.shape[i] {
			return false, nil
		}
	}
	x, err := a.items()
	if err != nil {
		return false, err
	}
	y, err := b.items()
	if err != nil {
		return false, err
	}
	for i := range x {
		r, err := RichCompare(x[i], y[i], Eq) // not RichCompareBool: a NaN item is unequal to itself
		if err != nil {
			return false, err
		}
		if eq, err := IsTrue(r); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func memoryview_hash(v Value) (int64, *Exception) {
	mv := ptrOf[MemoryView](v)
	if mv.hash != -1 {
		return mv.hash, nil
	}
	if err := mv.check(); err != nil {
		return 0, err
	}
	if !mv.readonly {
		return 0, NewValueError("cannot hash writable memoryview object")
	}
	if !isByteFormat(mv.format) {
		return 0, NewValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
	}
	mv.hash = hashBytes(mv.bytes(), &currentHashKey)
	return mv.hash, nil
}

func memoryview_repr(v Value) (Value, *Exception) {
	mv := ptrOf[MemoryView](v)
	if mv.released {
		return StrValue(fmt.Sprintf("<released memory at %#x>", objectID(v))), nil
	}
	return StrValue(fmt.Sprintf("<memory at %#x>", objectID(v))), nil
}

type memIterator struct {
	Header
	mv *MemoryView
	i  int
}

func memoryview_iter(v Value) (Value, *Exception) {
	mv := ptrOf[MemoryView](v)
	if err := mv.check(); err != nil {
		return Value{}, err
	}
	if mv.ndim() == 0 {
		return Value{}, NewTypeError("invalid indexing of 0-dim memory")
	}
	if mv.ndim() > 1 {
		return Value{}, NewNotImplementedError("multi-dimensional sub-views are not implemented")
	}
	return ValueOf(&memIterator{Header{MemIterType}, mv, 0}), nil
}

func memiter_next(v Value) (Value, *Exception) {
	it := ptrOf[memIterator](v)
	mv := it.mv
	if mv == nil {
		return Value{}, nil
	}
	if err := mv.check(); err != nil {
		return Value{}, err
	}
	if it.i >= mv.shape[0] {
		it.mv = nil
		return Value{}, nil
	}
	off := mv.off + it.i*mv.strides[0]
	it.i++
	return unpackItem(mv.format, mv.src.Data()[off:off+mv.itemsize])
}

func mvSelf(self Value) (*MemoryView, *Exception) {
	mv := ptrOf[MemoryView](self)
	return mv, mv.check()
}

func intTuple(xs []int) Value {
	items := make([]Value, len(xs))
	for i, x := range xs {
		items[i] = Int(int64(x))
	}
	return NewTuple(items).Value()
}

func mvGetter(f func(mv *MemoryView) Value) func(Value) (Value, *Exception) {
	return func(v Value) (Value, *Exception) {
		mv, err := mvSelf(v)
		if err != nil {
			return Value{}, err
		}
		return f(mv), nil
	}
}

var memoryViewGetSets = []GetSetDef{
	{Name: "obj", Get: mvGetter(func(mv *MemoryView) Value { return mv.src.Obj })},
	{Name: "nbytes", Get: mvGetter(func(mv *MemoryView) Value { return Int(int64(mv.nbytes())) })},
	{Name: "readonly", Get: mvGetter(func(mv *MemoryView) Value { return Bool(mv.readonly) })},
	{Name: "itemsize", Get: mvGetter(func(mv *MemoryView) Value { return Int(int64(mv.itemsize)) })},
	{Name: "format", Get: mvGetter(func(mv *MemoryView) Value { return StrValue(mv.format) })},
	{Name: "ndim", Get: mvGetter(func(mv *MemoryView) Value { return Int(int64(mv.ndim())) })},
	{Name: "shape", Get: mvGetter(func(mv *MemoryView) Value { return intTuple(mv.shape) })},
	{Name: "strides", Get: mvGetter(func(mv *MemoryView) Value { return intTuple(mv.strides) })},
	{Name: "suboffsets", Get: mvGetter(func(mv *MemoryView) Value { return NewTuple(nil).Value() })},
	{Name: "c_contiguous", Get: mvGetter(func(mv *MemoryView) Value { return Bool(mv.cContiguous()) })},
	{Name: "f_contiguous", Get: mvGetter(func(mv *MemoryView) Value { return Bool(mv.fContiguous()) })},
	{Name: "contiguous", Get: mvGetter(func(mv *MemoryView) Value { return Bool(mv.cContiguous() || mv.fContiguous()) })},
}

func memoryview_release(self Value, a []Value) (Value, *Exception) {
	ptrOf[MemoryView](self).released = true
	return None, nil
}

var memoryViewMethods = []Method{
	{Name: "release", Flags: MethNoArgs, Fn: memoryview_release},
	{Name: "__enter__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		_, err := mvSelf(self)
		return self, err
	}},
	{Name: "__exit__", Sig: "*args", Fn: memoryview_release},
	{Name: "tobytes", Sig: "order=", Fn: func(self Value, a []Value) (Value, *Exception) {
		mv, err := mvSelf(self)
		if err != nil {
			return Value{}, err
		}
		if !a[0].IsNull() && !a[0].IsNone() {
			o, ok := a[0].TryStr()
			if !ok || (o.S != "C" && o.S != "F" && o.S != "A") {
				return Value{}, NewValueError("order must be 'C', 'F' or 'A'")
			}
		}
		return NewBytes(append([]byte(nil), mv.bytes()...)), nil
	}},
	{Name: "tolist", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		mv, err := mvSelf(self)
		if err != nil {
			return Value{}, err
		}
		if err := checkUnpackFormat(mv.format); err != nil {
			return Value{}, err
		}
		return mv.tolist(mv.src.Data(), 0, mv.off)
	}},
	{Name: "toreadonly", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		mv, err := mvSelf(self)
		if err != nil {
			return Value{}, err
		}
		r := mv.derive()
		r.readonly = true
		return ValueOf(r), nil
	}},
	{Name: "hex", Sig: "sep=, bytes_per_sep=", Fn: func(self Value, a []Value) (Value, *Exception) {
		mv, err := mvSelf(self)
		if err != nil {
			return Value{}, err
		}
		return bytesHexMethod(mv.bytes(), a)
	}},
	{Name: "cast", Sig: "format, shape=", Fn: memoryview_cast},
}

func init() {
	t := MemoryViewType
	t.New = memoryview_new
	t.Repr = memoryview_repr
	t.Len = memoryview_len
	t.GetItem = memoryview_subscript
	t.SetItem = memoryview_ass_subscript
	t.RichCompare = memoryview_richcompare
	t.Hash = memoryview_hash
	t.Iter = memoryview_iter
	t.methods = memoryViewMethods
	t.getsets = memoryViewGetSets
	MemIterType.Iter = selfIter
	MemIterType.Next = memiter_next
}

// memoryview_cast is memoryview.cast(format, shape=).
func memoryview_cast(self Value, a []Value) (Value, *Exception) {
	mv, err := mvSelf(self)
	if err != nil {
		return Value{}, err
	}
	fs, ok := a[0].TryStr()
	if !ok {
		return Value{}, NewTypeError("cast() argument 'format' must be str, not %s", a[0].Type().Name)
	}
	if !mv.cContiguous() {
		return Value{}, NewTypeError("memoryview: casts are restricted to C-contiguous views")
	}
	var shapeItems []Value
	if !a[1].IsNull() {
		if shapeItems, err = castShapeItems(a[1]); err != nil {
			return Value{}, err
		}
		if mv.ndim() != 1 && len(shapeItems) != 1 {
			return Value{}, NewTypeError("memoryview: cast must be 1D -> ND or ND -> 1D")
		}
	}
	format := fs.S // kept as given: cast('@B').format is '@B'
	size := castItemSize(nativeFormat(format))
	if size == 0 {
		return Value{}, NewValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if !isByteFormat(mv.format) && !isByteFormat(format) {
		return Value{}, NewTypeError("memoryview: cannot cast between two non-byte formats")
	}
	nbytes := mv.nbytes()
	if nbytes%size != 0 {
		return Value{}, NewTypeError("memoryview: length is not a multiple of itemsize")
	}
	var shape []int
	if a[1].IsNull() {
		shape = []int{nbytes / size}
	} else {
		if shape, err = castShape(shapeItems); err != nil {
			return Value{}, err
		}
		n := size
		for _, s := range shape {
			n *= s
		}
		if n != nbytes {
			return Value{}, NewTypeError("memoryview: product(shape) * itemsize != buffer size")
		}
	}
	r := mv.derive()
	r.format, r.itemsize, r.shape = format, size, shape
	r.strides = make([]int, len(shape))
	st := size
	for i := len(shape) - 1; i >= 0; i-- {
		r.strides[i] = st
		st *= shape[i]
	}
	r.hash = -1
	return ValueOf(r), nil
}

// castShapeItems reads cast's shape argument, a list or tuple of at most 64
// items; castShape checks the items later, as CPython does after the format.
func castShapeItems(v Value) ([]Value, *Exception) {
	var items []Value
	if l, ok := v.TryList(); ok {
		items = l.items
	} else if t, ok := v.TryTuple(); ok {
		items = t.items
	} else {
		return nil, NewTypeError("shape must be a list or a tuple")
	}
	if len(items) > 64 {
		return nil, NewValueError("memoryview: number of dimensions must not exceed 64")
	}
	return items, nil
}

// castShape converts the shape items to positive sizes.
func castShape(items []Value) ([]int, *Exception) {
	shape := make([]int, len(items))
	for i, x := range items {
		if _, _, isInt := intValue(x); !isInt {
			return nil, NewTypeError("memoryview.cast(): elements of shape must be integers")
		}
		n, err := indexToInt(x, "")
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return nil, NewValueError("memoryview.cast(): elements of shape must be integers > 0")
		}
		shape[i] = int(n)
	}
	return shape, nil
}

func isByteFormat(f string) bool {
	f = nativeFormat(f)
	return f == "B" || f == "b" || f == "c"
}

// nativeFormat is a struct format without its optional native '@' prefix.
func nativeFormat(f string) string { return strings.TrimPrefix(f, "@") }
