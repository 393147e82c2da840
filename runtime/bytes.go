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

// NewBytes returns a bytes object holding b (not copied).
func NewBytes(b []byte) Value { return ValueOf(&Bytes{Header{BytesType}, b, -1}) }

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
			return Value{}, NewTypeError("can't concat %s to bytes", b.Type().Name)
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
			out := make([]byte, 0, n)
			for i := 0; i < n; i++ {
				out = append(out, b[start+i*step])
			}
			_ = stop
			return NewBytes(out), nil
		}
		i, err := indexToInt(key, "byte indices must be integers or slices, not %s")
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			i += int64(len(b))
		}
		if i < 0 || i >= int64(len(b)) {
			return Value{}, NewIndexError("index out of range")
		}
		return Int(int64(b[i])), nil
	}
	t.Iter = func(v Value) (Value, *Exception) { return newSeqIter(v), nil }
	t.methods = bytesTextMethods(NewBytes)
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
	out, err := bytesSource(a[0], a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	if t == BytesType {
		return NewBytes(out), nil
	}
	return ValueOf(&Bytes{Header{t}, out, -1}), nil
}

func init() { BytesType.New = bytes_new }
