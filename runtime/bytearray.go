// This file defines the bytearray type: a mutable bytes sequence sharing the
// byte-text algorithms of bytes_text.go.

package runtime

import (
	"bytes"
	"math"
	"slices"
	"strings"
)

// ByteArrayType is Python's bytearray.
var ByteArrayType = newBuiltinType("bytearray", ObjectType, FlagBaseType)

// ByteArray is a bytearray object.
type ByteArray struct {
	Header
	b       []byte
	exports Exports // the memoryviews over b, which forbid resizing
}

// resizable returns the BufferError of resizing ba while a memoryview of it is alive.
func (ba *ByteArray) resizable() *Exception {
	if ba.exports.ExportsAlive() {
		return errResizeExported()
	}
	return nil
}

// NewByteArray returns a bytearray holding b (not copied).
func NewByteArray(b []byte) Value { return ValueOf(&ByteArray{Header: Header{ByteArrayType}, b: b}) }

// TryByteArray returns v's *ByteArray if v is a bytearray (or subclass instance).
func (v Value) TryByteArray() (*ByteArray, bool) {
	if v.p == nil || (v.Type() != ByteArrayType && !v.Type().IsSubtype(ByteArrayType)) {
		return nil, false
	}
	return ptrOf[ByteArray](v), true
}

// bytesLike returns the contents of a bytes or bytearray value (shared, not copied).
func bytesLike(v Value) ([]byte, bool) {
	if b, ok := v.TryBytes(); ok {
		return b, true
	}
	if ba, ok := v.TryByteArray(); ok {
		return ba.b, true
	}
	if v.p != nil && !v.IsSmallInt() && !v.IsFloat() && v.Type() != StrType {
		return BufferBytes(v)
	}
	return nil, false
}

// needBytesLike is bytesLike with CPython's error for other types.
func needBytesLike(v Value) ([]byte, *Exception) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	return nil, NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
}

func baOf(v Value) *ByteArray { return ptrOf[ByteArray](v) }

// byteValue converts v to a byte value as bytearray item assignment does.
func byteValue(v Value) (byte, *Exception) {
	n, err := indexToInt(v, "'%s' object cannot be interpreted as an integer")
	if err != nil && !err.Matches(OverflowErrorType) {
		return 0, err
	}
	if err != nil || n < 0 || n > 255 {
		return 0, NewValueError("byte must be in range(0, 256)")
	}
	return byte(n), nil
}

var byteArrayInitMethod = Method{Name: "bytearray", Sig: "source=, encoding=, errors="}

func bytearray_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	if t != ByteArrayType {
		return ValueOf(&byteArraySub{ByteArray: ByteArray{Header: Header{t}}}), nil
	}
	return ValueOf(&ByteArray{Header: Header{t}}), nil
}

// byteArraySub is an instance of a subclass of bytearray: the bytearray
// and the instance's attributes.
type byteArraySub struct {
	ByteArray
	attrs Attrs
}

func byteArrayInstAttrs(v Value) *Attrs {
	if v.Type() == ByteArrayType {
		return nil
	}
	return &ptrOf[byteArraySub](v).attrs
}

// bytearray_reduce_ex is __reduce_ex__ (and, with protocol 2, __reduce__):
// (type, (contents,), state), the contents a latin-1 str before protocol 3.
func bytearray_reduce_ex(self Value, a []Value) (Value, *Exception) {
	proto := int64(2)
	if len(a) > 0 && !a[0].IsNull() {
		var err *Exception
		if proto, err = indexToInt(a[0], ""); err != nil {
			return Value{}, err
		}
	}
	state, err := callGetState(self, false)
	if err != nil {
		return Value{}, err
	}
	b := baOf(self).b
	var args Value
	switch {
	case len(b) == 0:
		args = TupleValue()
	case proto < 3:
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		args = TupleValue(StrValue(string(rs)), StrValue("latin-1"))
	default:
		args = TupleValue(NewBytes(bytes.Clone(b)))
	}
	return TupleValue(self.Type().Value(), args, state), nil
}

func bytearray_init(self Value, args []Value, kw []*Str) *Exception {
	var buf [3]Value
	a, err := byteArrayInitMethod.bindArgs(args, kw, "bytearray", buf[:0])
	if err != nil {
		return err
	}
	ba := baOf(self)
	if err := ba.resizable(); err != nil {
		return err
	}
	ba.b = nil // cleared first, as CPython does, even when the arguments are bad
	if src := a[0]; !src.IsNull() && a[1].IsNull() && a[2].IsNull() && src.Type().Index == nil {
		if _, ok := src.TryStr(); !ok {
			if _, ok := bytesLike(src); !ok {
				return appendFromIterable(&ba.b, src, "bytearray")
			}
		}
	}
	out, err := byteArraySource(a[0], a[1], a[2], "bytearray")
	if err != nil {
		return err
	}
	ba.b = out
	return nil
}

// byteArraySource computes the contents for bytes or bytearray (what) from the
// constructor's arguments, src and enc and errs.
func byteArraySource(src, enc, errs Value, what string) ([]byte, *Exception) {
	// Argument Clinic converts encoding and errors to str first.
	if _, ok := enc.TryStr(); !ok && !enc.IsNull() {
		return nil, NewTypeError("%s() argument 'encoding' must be str, not %s", what, typeNameOrNone(enc))
	}
	if _, ok := errs.TryStr(); !ok && !errs.IsNull() {
		return nil, NewTypeError("%s() argument 'errors' must be str, not %s", what, typeNameOrNone(errs))
	}
	if src.IsNull() {
		if !enc.IsNull() {
			return nil, NewTypeError("encoding without a string argument")
		}
		if !errs.IsNull() {
			return nil, NewTypeError("errors without a string argument")
		}
		return nil, nil
	}
	if s, ok := src.TryStr(); ok {
		if enc.IsNull() {
			return nil, NewTypeError("string argument without an encoding")
		}
		e, ok := enc.TryStr()
		if !ok {
			return nil, NewTypeError("%s() argument 'encoding' must be str, not %s", what, enc.Type().Name)
		}
		errors := "strict"
		if es, ok := errs.TryStr(); ok {
			errors = es.S
		} else if !errs.IsNull() {
			return nil, NewTypeError("%s() argument 'errors' must be str, not %s", what, errs.Type().Name)
		}
		r, err := EncodeStr(s, e.S, errors)
		if err != nil {
			return nil, err
		}
		b, _ := r.TryBytes()
		return bytes.Clone(b), nil
	}
	if !enc.IsNull() {
		return nil, NewTypeError("encoding without a string argument")
	}
	if !errs.IsNull() {
		return nil, NewTypeError("errors without a string argument")
	}
	if b, ok := bytesLike(src); ok {
		return bytes.Clone(b), nil
	}
	if src.Type().Index != nil {
		iv, err := Index(src, "")
		if err != nil {
			return nil, err
		}
		n, bg, _ := intValue(iv)
		if bg != nil {
			return nil, NewOverflowError("cannot fit '%s' into an index-sized integer", src.Type().Name)
		}
		if n < 0 {
			return nil, NewValueError("negative count")
		}
		if n > maxByteCount {
			return nil, NewException(exceptionTypeByName["MemoryError"])
		}
		return make([]byte, n), nil
	}
	return bytesFromIterable(src, what)
}

// maxByteCount bounds bytes(n) and bytearray(n): larger counts raise
// MemoryError, as CPython's allocation would, instead of failing in Go.
const maxByteCount = 1 << 36

// bytesFromIterable collects an iterable of ints in range(256).
func bytesFromIterable(src Value, what string) ([]byte, *Exception) {
	var out []byte
	err := appendFromIterable(&out, src, what)
	return out, err
}

// appendFromIterable appends the ints in range(256) of an iterable to *dst
// one at a time, converting each as it comes: an item's __index__ may
// change the list being read, and bytearray.__init__ shows its progress.
func appendFromIterable(dst *[]byte, src Value, what string) *Exception {
	it, err := Iter(src)
	if err != nil {
		if err.Matches(TypeErrorType) {
			return NewTypeError("cannot convert '%s' object to %s", src.Type().Name, what)
		}
		return err
	}
	for {
		x, err := Next(it)
		if err != nil || x.IsNull() {
			return err
		}
		c, err := byteValue(x)
		if err != nil {
			if what == "bytes" && err.Matches(ValueErrorType) {
				return NewValueError("bytes must be in range(0, 256)")
			}
			return err
		}
		*dst = append(*dst, c)
	}
}

// byteArrayReprOf is bytes' repr except that, as in CPython, a single quote is
// escaped even inside double quotes.
func byteArrayReprOf(b []byte) string {
	r := bytesReprOf(b)
	if r[1] == '"' {
		r = "b\"" + strings.ReplaceAll(r[2:len(r)-1], "'", `\'`) + "\""
	}
	return r
}

func bytearray_subscript(v, key Value) (Value, *Exception) {
	b := baOf(v).b
	if sl, ok := key.TrySlice(); ok {
		start, _, step, n, err := sl.indices(len(b))
		if err != nil {
			return Value{}, err
		}
		out := make([]byte, n)
		for i := range out {
			out[i] = b[start+i*step]
		}
		return NewByteArray(out), nil
	}
	i, err := seqIndex(key, len(b), "bytearray")
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		return Value{}, NewIndexError("bytearray index out of range")
	}
	return Int(int64(b[i])), nil
}

func bytearray_ass_subscript(v, key, val Value) *Exception {
	ba := baOf(v)
	if sl, ok := key.TrySlice(); ok {
		return byteArrayAssignSlice(ba, sl, val)
	}
	// The value converts before the index is checked (GH-91153): its
	// __index__ may resize the bytearray.
	raw, err := byteArrayIndex(key)
	if err != nil {
		return err
	}
	var c byte
	if !val.IsNull() {
		if c, err = byteValue(val); err != nil {
			return err
		}
	}
	i := itemOffset(raw, len(ba.b))
	if i < 0 {
		return NewIndexError("bytearray index out of range")
	}
	if val.IsNull() {
		if err := ba.resizable(); err != nil {
			return err
		}
		ba.b = append(ba.b[:i], ba.b[i+1:]...)
		return nil
	}
	ba.b[i] = c
	return nil
}

// byteArrayIndex converts an item index as seqIndex does, without
// resolving it against the length.
func byteArrayIndex(key Value) (int64, *Exception) {
	if key.IsSmallInt() {
		return key.SmallInt(), nil
	}
	i, err := indexToInt(key, "bytearray indices must be integers or slices, not %s")
	if err != nil && err.Matches(OverflowErrorType) {
		return 0, NewIndexError("cannot fit 'int' into an index-sized integer")
	}
	return i, err
}

func byteArrayAssignSlice(ba *ByteArray, sl *Slice, val Value) *Exception {
	start, stop, step, n, err := sl.indices(len(ba.b))
	if err != nil {
		return err
	}
	if val.IsNull() {
		if n > 0 {
			if err := ba.resizable(); err != nil {
				return err
			}
		}
		if step == 1 {
			ba.b = append(ba.b[:start], ba.b[max(start, stop):]...)
			return nil
		}
		del := map[int]bool{}
		for i := 0; i < n; i++ {
			del[start+i*step] = true
		}
		out := make([]byte, 0, len(ba.b)-n)
		for i, c := range ba.b {
			if !del[i] {
				out = append(out, c)
			}
		}
		ba.b = out
		return nil
	}
	var src []byte
	if b, ok := bytesLike(val); ok {
		src = bytes.Clone(b)
	} else if val.Type().Index != nil {
		return NewTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	} else if src, err = bytesFromIterable(val, "bytearray"); err != nil {
		if err.Matches(TypeErrorType) {
			return NewTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		}
		return err
	}
	if step == 1 {
		stop = max(stop, start)
		if stop-start == len(src) {
			copy(ba.b[start:stop], src) // in place: memoryviews share ba.b
			return nil
		}
		if err := ba.resizable(); err != nil {
			return err
		}
		out := make([]byte, 0, len(ba.b)-(stop-start)+len(src))
		ba.b = append(append(append(out, ba.b[:start]...), src...), ba.b[stop:]...)
		return nil
	}
	if len(src) == 0 {
		return byteArrayAssignSlice(ba, sl, Value{}) // CPython deletes the slice
	}
	if len(src) != n {
		return NewValueError("attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
	}
	for i := 0; i < n; i++ {
		ba.b[start+i*step] = src[i]
	}
	return nil
}

// bytesLikeCompare compares bytes-like a with w, or returns NotImplemented.
func bytesLikeCompare(v, w Value, op CompareOp) (Value, *Exception) {
	a, _ := bytesLike(v)
	b, ok := bytesLike(w)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(cmpResult(bytes.Compare(a, b), op)), nil
}

// bytesLikeContains is `x in v` for bytes and bytearray.
func bytesLikeContains(v, x Value) (bool, *Exception) {
	b := selfBytes(v)
	if sub, ok := bytesLike(x); ok {
		return bytes.Contains(b, sub), nil
	}
	if x.Type().Index == nil {
		_, err := needBytesLike(x)
		return false, err
	}
	c, err := byteValue(x)
	if err != nil {
		return false, err
	}
	return bytes.IndexByte(b, c) >= 0, nil
}

func bytearray_concat(a, b Value) (Value, *Exception) {
	x := baOf(a).b
	y, ok := bytesLike(b)
	if !ok {
		return Value{}, NewTypeError("can't concat %s to %s", b.Type().Name, a.Type().Name)
	}
	return NewByteArray(append(bytes.Clone(x), y...)), nil
}

func bytearray_repeat(a, b Value) (Value, *Exception) { return bytesLikeRepeat(a, b, NewByteArray) }

// bytesLikeRepeat is seq * n and n * seq for bytes-like seq; wrap makes the result.
func bytesLikeRepeat(a, b Value, wrap func([]byte) Value) (Value, *Exception) {
	seq, cnt := a, b
	if _, ok := bytesLike(a); !ok {
		seq, cnt = b, a
	}
	if cnt.Type().Index == nil {
		return repeatDeclined(a, b, cnt)
	}
	n, err := repeatCount(cnt)
	if err != nil {
		return Value{}, err
	}
	if err := checkBytesRepeat(len(selfBytes(seq)), n, seq.Type() != ByteArrayType && !seq.Type().IsSubtype(ByteArrayType)); err != nil {
		return Value{}, err
	}
	if n == 1 && seq.Type() == BytesType {
		return seq, nil // immutable: CPython returns the object itself
	}
	return wrap(bytes.Repeat(selfBytes(seq), n)), nil
}

// checkBytesRepeat refuses to repeat size bytes n times beyond ssize_t
// (OverflowError for bytes, MemoryError for bytearray, as CPython) or the
// machine's memory (MemoryError).
func checkBytesRepeat(size, n int, isBytes bool) *Exception {
	if size == 0 || n <= 1 {
		return nil
	}
	if size > math.MaxInt/n {
		if isBytes {
			return NewOverflowError("repeated bytes are too long")
		}
		return NewException(exceptionTypeByName["MemoryError"])
	}
	return checkAlloc(size*n, 1)
}

func init() {
	t := ByteArrayType
	t.Doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n" +
		"bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytearray of that many zero bytes\n" +
		"bytearray() -> empty bytearray\n\nA mutable sequence of bytes."
	t.noHash = true
	t.New = bytearray_new
	t.InstAttrs = byteArrayInstAttrs
	t.Init = bytearray_init
	t.Repr = func(v Value) (Value, *Exception) {
		return StrValue(v.Type().Name + "(" + byteArrayReprOf(baOf(v).b) + ")"), nil
	}
	t.Len = func(v Value) (int, *Exception) { return len(baOf(v).b), nil }
	t.GetItem = bytearray_subscript
	t.SetItem = bytearray_ass_subscript
	t.RichCompare = bytearrayCompare
	t.Str = bytesStrWarning
	t.Contains = bytesLikeContains
	t.Number[NbAdd] = func(a, b Value) (Value, *Exception) {
		if _, ok := a.TryByteArray(); !ok {
			x, ok1 := a.TryBytes()
			y, ok2 := bytesLike(b)
			if !ok1 || !ok2 {
				return NotImplemented, nil
			}
			return NewBytes(append(bytes.Clone(x), y...)), nil
		}
		return bytearray_concat(a, b)
	}
	t.Inplace[NbAdd] = func(a, b Value) (Value, *Exception) {
		y, ok := bytesLike(b)
		if !ok {
			return Value{}, NewTypeError("can't concat %s to %s", b.Type().Name, a.Type().Name)
		}
		ba := baOf(a)
		if len(y) > 0 {
			if err := ba.resizable(); err != nil {
				return Value{}, err
			}
		}
		ba.b = append(ba.b, y...)
		return a, nil
	}
	t.Number[NbMultiply] = bytearray_repeat
	t.Inplace[NbMultiply] = func(a, b Value) (Value, *Exception) {
		if b.Type().Index == nil {
			return NotImplemented, nil
		}
		n, err := repeatCount(b)
		if err != nil {
			return Value{}, err
		}
		ba := baOf(a)
		if n != 1 && len(ba.b) > 0 {
			if err := ba.resizable(); err != nil {
				return Value{}, err
			}
		}
		if err := checkBytesRepeat(len(ba.b), n, false); err != nil {
			return Value{}, err
		}
		ba.b = bytes.Repeat(ba.b, n)
		return a, nil
	}
	t.methods = slices.Concat(byteArrayMutators, byteArrayTextMethods(), []Method{
		{Name: "__reduce__", Flags: MethNoArgs, Fn: bytearray_reduce_ex, Doc: reduceDoc},
		{Name: "__reduce_ex__", Sig: "proto=0, /", Fn: bytearray_reduce_ex, Doc: reduceDoc},
	})
	t.InstAttrs = func(v Value) *Attrs {
		if v.Type() == ByteArrayType {
			return nil
		}
		return &ptrOf[byteArraySub](v).attrs
	}
}

func baNone(err *Exception) (Value, *Exception) {
	if err != nil {
		return Value{}, err
	}
	return None, nil
}

var byteArrayMutators = []Method{
	{Name: "__alloc__", Flags: MethNoArgs, Doc: "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated.",
		Fn: func(self Value, _ []Value) (Value, *Exception) {
			if c := cap(baOf(self).b); c > 0 {
				return Int(int64(c) + 1), nil // CPython counts its trailing NUL byte
			}
			return Int(0), nil
		}},
	{Name: "append", Sig: "item, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		c, err := byteValue(a[0])
		if err == nil {
			err = baOf(self).resizable()
		}
		if err == nil {
			baOf(self).b = append(baOf(self).b, c)
		}
		return baNone(err)
	}},
	{Name: "extend", Sig: "iterable_of_ints, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		src, ok := bytesLike(a[0])
		if !ok {
			var err *Exception
			if t := a[0].Type(); t.Iter == nil && t.GetItem == nil {
				return Value{}, NewTypeError("can't extend bytearray with %s", a[0].Type().Name)
			}
			it, err := Iter(a[0])
			if err != nil {
				return Value{}, err
			}
			if err := askLengthHint(a[0]); err != nil {
				return Value{}, err
			}
			if src, err = bytesFromIterable(it, "bytearray"); err != nil {
				return Value{}, err
			}
		}
		if len(src) > 0 {
			if err := baOf(self).resizable(); err != nil {
				return Value{}, err
			}
		}
		baOf(self).b = append(baOf(self).b, src...)
		return None, nil
	}},
	{Name: "insert", Sig: "index, item, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		i, err := indexToInt(a[0], "'%s' object cannot be interpreted as an integer")
		if err != nil {
			return Value{}, err
		}
		c, err := byteValue(a[1])
		if err != nil {
			return Value{}, err
		}
		ba := baOf(self)
		if err := ba.resizable(); err != nil {
			return Value{}, err
		}
		ba.b = slices.Insert(ba.b, clampIndex(i, len(ba.b)), c)
		return None, nil
	}},
	{Name: "pop", Sig: "index=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		ba := baOf(self)
		i := int64(-1)
		if !a[0].IsNull() {
			var err *Exception
			if i, err = indexToInt(a[0], "'%s' object cannot be interpreted as an integer"); err != nil {
				return Value{}, err
			}
		}
		if len(ba.b) == 0 {
			return Value{}, NewIndexError("pop from empty bytearray")
		}
		if i < 0 {
			i += int64(len(ba.b))
		}
		if i < 0 || i >= int64(len(ba.b)) {
			return Value{}, NewIndexError("pop index out of range")
		}
		if err := ba.resizable(); err != nil {
			return Value{}, err
		}
		c := ba.b[i]
		ba.b = append(ba.b[:i], ba.b[i+1:]...)
		return Int(int64(c)), nil
	}},
	{Name: "remove", Sig: "value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		c, err := byteValue(a[0])
		if err != nil {
			return Value{}, err
		}
		ba := baOf(self)
		i := bytes.IndexByte(ba.b, c)
		if i < 0 {
			return Value{}, NewValueError("value not found in bytearray")
		}
		if err := ba.resizable(); err != nil {
			return Value{}, err
		}
		ba.b = append(ba.b[:i], ba.b[i+1:]...)
		return None, nil
	}},
	{Name: "clear", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		if err := baOf(self).resizable(); err != nil {
			return Value{}, err
		}
		baOf(self).b = nil
		return None, nil
	}},
	{Name: "copy", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return NewByteArray(bytes.Clone(baOf(self).b)), nil
	}},
	{Name: "reverse", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		slices.Reverse(baOf(self).b)
		return None, nil
	}},
}

func byteArrayTextMethods() []Method { return bytesTextMethods(NewByteArray) }

// selfBytes returns the contents of a bytes or bytearray method receiver.
func selfBytes(v Value) []byte { b, _ := bytesLike(v); return b }

// optBytesArg is an optional bytes-like argument where None means "absent" (nil).
func optBytesArg(v Value) ([]byte, *Exception) {
	if v.IsNull() || v.IsNone() {
		return nil, nil
	}
	b, err := needBytesLike(v)
	if err == nil && b == nil {
		b = []byte{}
	}
	return b, err
}

// subArg is the sub argument of find and friends: bytes-like or an int byte.
func subArg(v Value) ([]byte, *Exception) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	if v.Type().Index == nil {
		return nil, NewTypeError("argument should be integer or bytes-like object, not '%s'", v.Type().Name)
	}
	c, err := byteValue(v)
	return []byte{c}, err
}

func bytesListValue(parts [][]byte, wrap func([]byte) Value) Value {
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = wrap(p)
	}
	return NewList(out)
}

// bytesTextMethods builds the text methods shared by bytes-like types; wrap makes a
// result of the receiver's type.
func bytesTextMethods(wrap func([]byte) Value) []Method {
	m := []Method{
		{Name: "expandtabs", Sig: "tabsize=", Fn: func(self Value, a []Value) (Value, *Exception) {
			n := int64(8)
			if !a[0].IsNull() {
				var err *Exception
				var c int
				if c, err = CIntConverter(a[0]); err != nil {
					return Value{}, err
				}
				n = int64(c)
			}
			out, perr := BytesExpandTabs(selfBytes(self), int(n))
			if perr != nil {
				return Value{}, fromPyErr(perr)
			}
			return wrap(out), nil
		}},
		{Name: "removeprefix", Sig: "prefix, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			p, err := needBytesLike(a[0])
			if err != nil {
				return Value{}, err
			}
			b := selfBytes(self)
			return bytesOrSelf(self, wrap, bytes.Clone(bytes.TrimPrefix(b, p)), len(p) == 0 || !bytes.HasPrefix(b, p)), nil
		}},
		{Name: "removesuffix", Sig: "suffix, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			p, err := needBytesLike(a[0])
			if err != nil {
				return Value{}, err
			}
			b := selfBytes(self)
			return bytesOrSelf(self, wrap, bytes.Clone(bytes.TrimSuffix(b, p)), len(p) == 0 || !bytes.HasSuffix(b, p)), nil
		}},
		{Name: "maketrans", Sig: "frm, to, /", Flags: MethStatic, Fn: func(self Value, a []Value) (Value, *Exception) {
			frm, err := needBytesLike(a[0])
			if err != nil {
				return Value{}, err
			}
			to, err := needBytesLike(a[1])
			if err != nil {
				return Value{}, err
			}
			if len(frm) != len(to) {
				return Value{}, NewValueError("maketrans arguments must have same length")
			}
			table := make([]byte, 256)
			for i := range table {
				table[i] = byte(i)
			}
			for i, c := range frm {
				table[c] = to[i]
			}
			return NewBytes(table), nil
		}},
		{Name: "fromhex", Sig: "string, /", Flags: MethO | MethClass, Fn: func(self Value, a []Value) (Value, *Exception) {
			s, ok := a[0].TryStr()
			if !ok {
				return Value{}, NewTypeError("fromhex() argument must be str, not %s", a[0].Type().Name)
			}
			b, perr := BytesFromHex(s.S)
			if perr != nil {
				return Value{}, fromPyErr(perr)
			}
			if t := self.AsType(); t != BytesType && t != ByteArrayType {
				return Call(self, []Value{wrap(b)}, nil) // a subclass builds its instance from the value
			}
			return wrap(b), nil
		}},
		{Name: "decode", Sig: "encoding=, errors=", Fn: func(self Value, a []Value) (Value, *Exception) {
			enc, errors, err := codecArgs(a[0], a[1], "decode")
			if err != nil {
				return Value{}, err
			}
			return DecodeBytes(selfBytes(self), enc, errors)
		}},
		{Name: "hex", Sig: "sep=, bytes_per_sep=", Fn: func(self Value, a []Value) (Value, *Exception) {
			return bytesHexMethod(selfBytes(self), a)
		}},
		{Name: "join", Sig: "iterable_of_bytes, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			items, err := collectIter(a[0])
			if err != nil {
				return Value{}, err
			}
			parts := make([][]byte, len(items))
			for i, x := range items {
				b, ok := bytesLike(x)
				if !ok {
					return Value{}, NewTypeError("sequence item %d: expected a bytes-like object, %s found", i, x.Type().Name)
				}
				parts[i] = b
			}
			if len(items) == 1 && items[0].Type() == BytesType && self.Type().IsSubtype(BytesType) {
				return items[0], nil // as CPython: one exact bytes item is the result
			}
			return wrap(BytesJoin(selfBytes(self), parts)), nil
		}},
		{Name: "replace", Sig: "old, new, count=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
			old, err := needBytesLike(a[0])
			if err != nil {
				return Value{}, err
			}
			nw, err := needBytesLike(a[1])
			if err != nil {
				return Value{}, err
			}
			n := int64(-1)
			if !a[2].IsNull() {
				if n, err = indexToInt(a[2], "'%s' object cannot be interpreted as an integer"); err != nil {
					return Value{}, err
				}
			}
			b := selfBytes(self)
			return bytesOrSelf(self, wrap, BytesReplace(b, old, nw, int(n)), replaceIsNoop(b, old, nw, n)), nil
		}},
		{Name: "translate", Sig: "table, /, delete=", Fn: func(self Value, a []Value) (Value, *Exception) {
			var table []byte
			if !a[0].IsNone() {
				t, err := needBytesLike(a[0])
				if err != nil {
					return Value{}, err
				}
				if len(t) != 256 {
					return Value{}, NewValueError("translation table must be 256 characters long")
				}
				table = t
			}
			var del []byte
			if !a[1].IsNull() {
				d, err := needBytesLike(a[1]) // None is no default here
				if err != nil {
					return Value{}, err
				}
				del = d
			}
			out := []byte{}
			for _, c := range selfBytes(self) {
				if bytes.IndexByte(del, c) >= 0 {
					continue
				}
				if table != nil {
					c = table[c]
				}
				out = append(out, c)
			}
			return bytesOrSelf(self, wrap, out, bytes.Equal(out, selfBytes(self))), nil
		}},
		{Name: "splitlines", Sig: "keepends=", Fn: func(self Value, a []Value) (Value, *Exception) {
			keep := false
			if !a[0].IsNull() {
				var err *Exception
				if keep, err = IsTrue(a[0]); err != nil {
					return Value{}, err
				}
			}
			return bytesListValue(BytesSplitlines(selfBytes(self), keep), wrap), nil
		}},
		{Name: "zfill", Sig: "width, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			w, err := indexToInt(a[0], "'%s' object cannot be interpreted as an integer")
			if err != nil {
				return Value{}, err
			}
			out, perr := BytesZfill(selfBytes(self), int(w))
			if perr != nil {
				return Value{}, fromPyErr(perr)
			}
			return bytesOrSelf(self, wrap, out, len(out) == len(selfBytes(self))), nil
		}},
	}
	for _, f := range []struct {
		name string
		f    func([]byte) []byte
	}{{"lower", BytesLower}, {"upper", BytesUpper}, {"swapcase", BytesSwapcase}, {"title", BytesTitle}, {"capitalize", BytesCapitalize}} {
		f := f
		m = append(m, Method{Name: f.name, Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			return wrap(f.f(selfBytes(self))), nil
		}})
	}
	for _, f := range []struct {
		name string
		f    func([]byte) bool
	}{{"isalpha", BytesIsAlpha}, {"isalnum", BytesIsAlnum}, {"isdigit", BytesIsDigit}, {"isspace", BytesIsSpace},
		{"isascii", BytesIsASCII}, {"islower", BytesIsLower}, {"isupper", BytesIsUpper}, {"istitle", BytesIsTitle}} {
		f := f
		m = append(m, Method{Name: f.name, Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			return Bool(f.f(selfBytes(self))), nil
		}})
	}
	for _, s := range []struct {
		name  string
		which int
	}{{"strip", stripLeft | stripRight}, {"lstrip", stripLeft}, {"rstrip", stripRight}} {
		s := s
		m = append(m, Method{Name: s.name, Sig: "bytes=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
			chars, err := optBytesArg(a[0])
			if err != nil {
				return Value{}, err
			}
			b := selfBytes(self)
			out := BytesStrip(b, chars, s.which)
			return bytesOrSelf(self, wrap, out, len(out) == len(b)), nil
		}})
	}
	for _, p := range []struct {
		name  string
		align byte
	}{{"center", '^'}, {"ljust", '<'}, {"rjust", '>'}} {
		p := p
		m = append(m, Method{Name: p.name, Sig: "width, fillchar=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
			w, err := indexToInt(a[0], "'%s' object cannot be interpreted as an integer")
			if err != nil {
				return Value{}, err
			}
			fill := byte(' ')
			if !a[1].IsNull() {
				f, ok := bytesLike(a[1])
				if !ok || len(f) != 1 {
					return Value{}, NewTypeError("%s() argument 2 must be a byte string of length 1, not %s", p.name, a[1].Type().Name)
				}
				fill = f[0]
			}
			out, perr := BytesPad(selfBytes(self), int(w), fill, p.align)
			if perr != nil {
				return Value{}, fromPyErr(perr)
			}
			return bytesOrSelf(self, wrap, out, len(out) == len(selfBytes(self))), nil
		}})
	}
	for _, s := range []struct {
		name string
		f    func(b, sep []byte, n int) ([][]byte, *pyErr)
	}{{"split", BytesSplit}, {"rsplit", BytesRSplit}} {
		s := s
		m = append(m, Method{Name: s.name, Sig: "sep=, maxsplit=", Fn: func(self Value, a []Value) (Value, *Exception) {
			sep, err := optBytesArg(a[0])
			if err != nil {
				return Value{}, err
			}
			n := int64(-1)
			if !a[1].IsNull() {
				if n, err = indexToInt(a[1], "'%s' object cannot be interpreted as an integer"); err != nil {
					return Value{}, err
				}
			}
			parts, perr := s.f(selfBytes(self), sep, int(n))
			if perr != nil {
				return Value{}, fromPyErr(perr)
			}
			return bytesListValue(parts, wrap), nil
		}})
	}
	for _, s := range []struct {
		name string
		f    func(b, sep []byte) ([3][]byte, *pyErr)
	}{{"partition", BytesPartition}, {"rpartition", BytesRPartition}} {
		s := s
		m = append(m, Method{Name: s.name, Sig: "sep, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			sep, err := needBytesLike(a[0])
			if err != nil {
				return Value{}, err
			}
			r, perr := s.f(selfBytes(self), sep)
			if perr != nil {
				return Value{}, fromPyErr(perr)
			}
			return TupleValue(wrap(r[0]), wrap(r[1]), wrap(r[2])), nil
		}})
	}
	return append(m, bytesSearchMethods()...)
}

// bytesSearchMethods are find, index, count, startswith and friends.
func bytesSearchMethods() []Method {
	var m []Method
	for _, s := range []struct {
		name string
		f    func(b, sub []byte, start, end int) (int, *Exception)
	}{
		{"find", func(b, sub []byte, s, e int) (int, *Exception) { return BytesFind(b, sub, s, e), nil }},
		{"rfind", func(b, sub []byte, s, e int) (int, *Exception) { return BytesRFind(b, sub, s, e), nil }},
		{"count", func(b, sub []byte, s, e int) (int, *Exception) { return BytesCount(b, sub, s, e), nil }},
		{"index", func(b, sub []byte, s, e int) (int, *Exception) {
			i, perr := BytesIndexOf(b, sub, s, e)
			if perr != nil {
				return 0, fromPyErr(perr)
			}
			return i, nil
		}},
		{"rindex", func(b, sub []byte, s, e int) (int, *Exception) {
			i, perr := BytesRIndex(b, sub, s, e)
			if perr != nil {
				return 0, fromPyErr(perr)
			}
			return i, nil
		}},
	} {
		s := s
		m = append(m, Method{Name: s.name, Sig: "sub, start=, end=, /", Flags: MethOld, Fn: func(self Value, a []Value) (Value, *Exception) {
			sub, err := subArg(a[0])
			if err != nil {
				return Value{}, err
			}
			start, end, err := startEnd(nil, a[1], a[2])
			if err != nil {
				return Value{}, err
			}
			i, err := s.f(selfBytes(self), sub, start, end)
			if err != nil {
				return Value{}, err
			}
			return Int(int64(i)), nil
		}})
	}
	for _, s := range []struct {
		name string
		f    func(b, p []byte, start, end int) bool
	}{{"startswith", BytesStartsWith}, {"endswith", BytesEndsWith}} {
		s := s
		m = append(m, Method{Name: s.name, Sig: "prefix, start=, end=, /", Flags: MethOld, Fn: func(self Value, a []Value) (Value, *Exception) {
			start, end, err := startEnd(nil, a[1], a[2])
			if err != nil {
				return Value{}, err
			}
			cands := []Value{a[0]}
			if tup, ok := a[0].TryTuple(); ok {
				cands = tup.Items()
			}
			for _, c := range cands {
				p, ok := bytesLike(c)
				if !ok {
					return Value{}, NewTypeError("%s first arg must be bytes or a tuple of bytes, not %s", s.name, c.Type().Name)
				}
				if s.f(selfBytes(self), p, start, end) {
					return True, nil
				}
			}
			return False, nil
		}})
	}
	return m
}

var strDunderBytes = Intern("__bytes__")

// bytesSource is byteArraySource for bytes(), which also honours __bytes__.
func bytesSource(src, enc, errs Value) ([]byte, *Exception) {
	v, err := bytesObject(src, enc, errs)
	if err != nil {
		return nil, err
	}
	b, _ := v.TryBytes()
	if v.Is(src) || v.Type() != BytesType {
		b = bytes.Clone(b)
	}
	return b, nil
}

// bytesObject is the bytes object bytes(src, enc, errs) makes: the result
// of src.__bytes__() (of any bytes subclass) or src itself when it is an
// exact bytes without one, or new bytes converted from src.
func bytesObject(src, enc, errs Value) (Value, *Exception) {
	if !src.IsNull() && enc.IsNull() && errs.IsNull() {
		f, selfArg, err := lookupSpecial(src, strDunderBytes)
		if err != nil {
			return Value{}, err
		}
		if !f.IsNull() {
			args := []Value{}
			if selfArg {
				args = append(args, src)
			}
			r, err := Call(f, args, nil)
			if err != nil {
				return Value{}, err
			}
			if _, ok := r.TryBytes(); !ok {
				return Value{}, NewTypeError("__bytes__ returned non-bytes (type %s)", r.Type().Name)
			}
			return r, nil
		}
		if src.Type() == BytesType {
			return src, nil
		}
	}
	b, err := byteArraySource(src, enc, errs, "bytes")
	if err != nil {
		return Value{}, err
	}
	return NewBytes(b), nil
}

// bytesHexMethod is the hex(sep=, bytes_per_sep=) method of bytes-likes.
func bytesHexMethod(b []byte, a []Value) (Value, *Exception) {
	sep, per := "", int64(1)
	if !a[0].IsNull() {
		// _Py_strhex_impl takes len(sep) first, then accepts str and bytes only.
		n, err := Len(a[0])
		if err != nil {
			return Value{}, err
		}
		if n != 1 {
			return Value{}, NewValueError("sep must be length 1.")
		}
		if s, ok := a[0].TryStr(); ok {
			sep = s.S
		} else if b, ok := a[0].TryBytes(); ok {
			sep = string(b)
		} else {
			return Value{}, NewTypeError("sep must be str or bytes.")
		}
		if perr := BytesHexSepCheck(sep); perr != nil {
			return Value{}, fromPyErr(perr)
		}
	}
	if !a[1].IsNull() {
		c, err := CIntConverter(a[1])
		if err != nil {
			return Value{}, err
		}
		per = int64(c)
	}
	return StrValue(BytesHex(b, sep, int(per))), nil
}
