// This file defines the bytes type (the basics: construction from
// literals, repr, len, hash, comparison, indexing, iteration).

package runtime

import (
	"bytes"
	"strings"
)

// BytesType is Python's bytes.
var BytesType = newBuiltinType("bytes", ObjectType, FlagBaseType)

// Bytes is a bytes object; b is never modified once published.
type Bytes struct {
	Header
	b    []byte
	hash int64
}

// NewBytes returns a bytes object holding b (not copied); empty bytes are
// one shared object, as in CPython.
func NewBytes(b []byte) Value {
	if len(b) == 0 {
		return ValueOf(emptyBytes)
	}
	return ValueOf(&Bytes{Header{BytesType}, b, -1})
}

// emptyBytes is the empty bytes object, a singleton as in CPython.
var emptyBytes = &Bytes{Header{BytesType}, nil, -1}

// TryBytes returns the contents of v if v is bytes (or a subclass instance).
func (v Value) TryBytes() ([]byte, bool) {
	if v.p == nil || (v.Type() != BytesType && !v.Type().IsSubtype(BytesType)) {
		return nil, false
	}
	return ptrOf[Bytes](v).b, true
}

// bytesRepr returns repr(bytes(b)).
func bytesReprOf(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteByte('b')
	sb.WriteByte(quote)
	const hex = "0123456789abcdef"
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			sb.WriteString(`\x`)
			sb.WriteByte(hex[c>>4])
			sb.WriteByte(hex[c&15])
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

func init() {
	t := BytesType
	t.Repr = func(v Value) (Value, *Exception) { return StrValue(bytesReprOf(ptrOf[Bytes](v).b)), nil }
	t.Str = bytesStrWarning
	t.Len = func(v Value) (int, *Exception) { return len(ptrOf[Bytes](v).b), nil }
	t.Hash = func(v Value) (int64, *Exception) {
		b := ptrOf[Bytes](v)
		if b.hash == -1 {
			b.hash = hashBytes(b.b, &currentHashKey)
		}
		return b.hash, nil
	}
	t.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		a, _ := v.TryBytes()
		b, ok := w.TryBytes()
		if !ok {
			if err := bytesCompareWarning(w, op); err != nil {
				return Value{}, err
			}
			return NotImplemented, nil
		}
		return Bool(cmpResult(bytes.Compare(a, b), op)), nil
	}
	t.Number[NbAdd] = func(a, b Value) (Value, *Exception) {
		x, ok1 := a.TryBytes()
		y, ok2 := bytesLike(b)
		if !ok1 {
			return NotImplemented, nil
		}
		if !ok2 {
			if r, done, err := reflectedBinary(a, b, NbAdd); done {
				return r, err
			}
			return Value{}, NewTypeError("can't concat %s to %s", b.Type().Name, a.Type().Name)
		}
		return NewBytes(append(append([]byte(nil), x...), y...)), nil
	}
	t.GetItem = func(v, key Value) (Value, *Exception) {
		b := ptrOf[Bytes](v).b
		if sl, ok := key.TrySlice(); ok {
			start, stop, step, n, err := sl.indices(len(b))
			if err != nil {
				return Value{}, err
			}
			if start == 0 && step == 1 && n == len(b) && v.Type() == BytesType {
				return v, nil // as CPython: b[:] is b
			}
			out := make([]byte, 0, n)
			for i := 0; i < n; i++ {
				out = append(out, b[start+i*step])
			}
			_ = stop
			return NewBytes(out), nil
		}
		i, err := seqIndex(key, len(b), "byte")
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			return Value{}, NewIndexError("index out of range")
		}
		return Int(int64(b[i])), nil
	}
	t.methods = append(bytesTextMethods(NewBytes), Method{Name: "__getnewargs__", Flags: MethNoArgs, Fn: func(self Value, _ []Value) (Value, *Exception) {
		return TupleValue(NewBytes(ptrOf[Bytes](self).b)), nil
	}}, Method{Name: "__bytes__", Flags: MethNoArgs, Doc: "Convert this value to exact type bytes.", Fn: func(self Value, _ []Value) (Value, *Exception) {
		if self.Type() == BytesType {
			return self, nil
		}
		return NewBytes(ptrOf[Bytes](self).b), nil
	}})
	t.Doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n" +
		"bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes of that many zero bytes\n" +
		"bytes() -> empty bytes\n\nAn immutable sequence of bytes."
	t.Contains = bytesLikeContains
	t.Number[NbMultiply] = func(a, b Value) (Value, *Exception) { return bytesLikeRepeat(a, b, NewBytes) }
}

var bytesNewMethod = Method{Name: "bytes", Sig: "source=, encoding=, errors="}

// bytes_new is bytes(), bytes(int), bytes(iterable of ints), bytes(str, encoding).
func bytes_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	var buf [3]Value
	a, err := bytesNewMethod.bindArgs(args, kw, "bytes", buf[:0])
	if err != nil {
		return Value{}, err
	}
	v, err := bytesObject(a[0], a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	if t == BytesType {
		return v, nil
	}
	return ValueOf(&bytesSub{Bytes: Bytes{Header{t}, ptrOf[Bytes](v).b, -1}}), nil
}

// bytesSub is an instance of a bytes subclass: the bytes and the attribute record.
type bytesSub struct {
	Bytes
	attrs Attrs
}

func init() {
	BytesType.New = bytes_new
	BytesType.InstAttrs = func(v Value) *Attrs {
		if v.Type() == BytesType {
			return nil
		}
		return &ptrOf[bytesSub](v).attrs
	}
}

// bytesPercentHooks are str's %-formatting hooks with the bytes conversions:
// %s and %b take buffers and __bytes__, %c a byte string or an int.
func bytesPercentHooks(c *pyErrCarrier) *percentHooks[Value] {
	h := percentHooksValue(c)
	h.ByteString = func(v Value) ([]byte, bool) {
		// byte_converter takes bytes and bytearray only, not other buffers.
		if b, ok := v.TryBytes(); ok {
			return b, true
		}
		if ba, ok := v.TryByteArray(); ok {
			return ba.b, true
		}
		return nil, false
	}
	h.ToBytes = func(v Value) ([]byte, bool, *pyErr) {
		if b, ok := bytesLike(v); ok {
			return b, true, nil
		}
		f, selfArg, err := lookupSpecial(v, strDunderBytes)
		if err != nil {
			return nil, false, c.carry(err)
		}
		if f.IsNull() {
			return nil, false, nil
		}
		args := []Value{}
		if selfArg {
			args = append(args, v)
		}
		r, err := Call(f, args, nil)
		if err != nil {
			return nil, false, c.carry(err)
		}
		b, ok := r.TryBytes()
		if !ok {
			return nil, false, c.carry(NewTypeError("__bytes__ returned non-bytes (type %s)", r.Type().Name))
		}
		return b, true, nil
	}
	return h
}

// bytesMod is bytes % args and bytearray % args; wrap makes the result.
func bytesMod(a, b Value, wrap func([]byte) Value) (Value, *Exception) {
	format, ok := bytesLike(a)
	if !ok {
		return NotImplemented, nil
	}
	c := &pyErrCarrier{}
	args := percentArgs[Value]{Items: []Value{b}}
	if t, ok := b.TryTuple(); ok {
		args = percentArgs[Value]{Items: t.items, IsTuple: true}
	} else if _, isBytes := bytesLike(b); !isBytes && b.Type().GetItem != nil && b.Type() != StrType && !b.Type().IsSubtype(StrType) {
		if _, isView := b.TryMemoryView(); !isView {
			args.Lookup = func(key string) (Value, *pyErr) {
				r, err := GetItem(b, NewBytes([]byte(key)))
				if err != nil {
					return Value{}, c.carry(err)
				}
				return r, nil
			}
		}
	}
	out, perr := percentFormatBytes(format, args, bytesPercentHooks(c))
	if perr == carriedMarker {
		return Value{}, c.exc
	}
	if perr != nil {
		return Value{}, fromPyErr(perr)
	}
	return wrap(out), nil
}

func init() {
	BytesType.Number[NbRemainder] = func(a, b Value) (Value, *Exception) {
		if _, ok := a.TryBytes(); !ok {
			return NotImplemented, nil
		}
		return bytesMod(a, b, NewBytes)
	}
	ByteArrayType.Number[NbRemainder] = func(a, b Value) (Value, *Exception) {
		if _, ok := a.TryByteArray(); !ok {
			return NotImplemented, nil
		}
		return bytesMod(a, b, NewByteArray)
	}
}

// BytesIterType and ByteArrayIterType are bytes_iterator and bytearray_iterator.
var (
	BytesIterType     = newBuiltinType("bytes_iterator", ObjectType, 0)
	ByteArrayIterType = newBuiltinType("bytearray_iterator", ObjectType, 0)
)

// bytesIter iterates over a bytes or bytearray value, reading its current
// contents at each step (a bytearray may change while iterated).
type bytesIter struct {
	Header
	seq Value
	i   int
}

func bytesIterNext(v Value) (Value, *Exception) {
	it := ptrOf[bytesIter](v)
	if it.seq.IsNull() {
		return Value{}, nil
	}
	b, _ := bytesLike(it.seq)
	if it.i >= len(b) {
		it.seq = Value{}
		return Value{}, nil
	}
	it.i++
	return Int(int64(b[it.i-1])), nil
}

func init() {
	BytesType.Iter = func(v Value) (Value, *Exception) { return ValueOf(&bytesIter{Header{BytesIterType}, v, 0}), nil }
	ByteArrayType.Iter = func(v Value) (Value, *Exception) {
		return ValueOf(&bytesIter{Header{ByteArrayIterType}, v, 0}), nil
	}
	hint := []Method{{Name: "__length_hint__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		it := ptrOf[bytesIter](self)
		if it.seq.IsNull() {
			return Int(0), nil
		}
		b, _ := bytesLike(it.seq)
		return Int(int64(max(len(b)-it.i, 0))), nil
	}}, {Name: "__reduce__", Flags: MethNoArgs, Fn: bytesiter_reduce, Doc: reduceDoc},
		{Name: "__setstate__", Flags: MethO, Fn: bytesiter_setstate, Doc: setstateDoc}}
	for _, t := range []*Type{BytesIterType, ByteArrayIterType} {
		t.Iter, t.Next, t.methods = selfIter, bytesIterNext, hint
	}
}

// bytesiter_reduce is (iter, (seq,), index), or iter over () once exhausted.
func bytesiter_reduce(self Value, _ []Value) (Value, *Exception) {
	if it := ptrOf[bytesIter](self); !it.seq.IsNull() {
		return iterReduce("iter", it.seq, int64(it.i))
	}
	return iterReduceEmpty(TupleValue())
}

func bytesiter_setstate(self Value, a []Value) (Value, *Exception) {
	i, err := iterStateIndex(a[0])
	if err != nil {
		return Value{}, err
	}
	if it := ptrOf[bytesIter](self); !it.seq.IsNull() {
		b, _ := bytesLike(it.seq)
		it.i = int(clampIter(i, 0, int64(len(b))))
	}
	return None, nil
}
