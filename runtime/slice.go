// This file defines the slice type.

package runtime

// SliceType is Python's slice.
var SliceType = newBuiltinType("slice", ObjectType, 0)

// Slice is a slice object.
type Slice struct {
	Header
	start, stop, step Value
}

// NewSlice returns slice(start, stop, step).
func NewSlice(start, stop, step Value) Value {
	return ValueOf(&Slice{Header{SliceType}, start, stop, step})
}

// TrySlice returns v's *Slice if v is a slice.
func (v Value) TrySlice() (*Slice, bool) {
	if v.p == nil || v.Type() != SliceType {
		return nil, false
	}
	return ptrOf[Slice](v), true
}

// sliceIndex converts a slice bound through __index__, clamping huge values.
// sliceLongIndices is slice.indices for a length beyond int64, computed on
// big ints as _PySlice_GetLongIndices does.
func sliceLongIndices(s *Slice, length Value) (Value, *Exception) {
	n, _ := bigOf(length)
	if n == nil {
		l, err := Index(length, "")
		if err != nil {
			return Value{}, err
		}
		n, _ = bigOf(l)
	}
	if n.Sign() < 0 {
		return Value{}, NewValueError("length should not be negative")
	}
	start, stop, step, err := bigSliceIndices(s, n)
	if err != nil {
		return Value{}, err
	}
	return TupleValue(NewIntBig(start), NewIntBig(stop), NewIntBig(step)), nil
}

func sliceIndex(v Value) (int64, *Exception) {
	if v.IsSmallInt() {
		return v.SmallInt(), nil
	}
	if v.Type().Index == nil { // Index's message is a format taking the type name
		return 0, NewTypeError("slice indices must be integers or None or have an __index__ method")
	}
	x, err := Index(v, "")
	if err != nil {
		return 0, err
	}
	s, b, _ := intValue(x)
	if b != nil {
		if b.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	return s, nil
}

// indices returns start, stop, step and the number of items for a
// sequence of length n, as PySlice_GetIndicesEx.
func (s *Slice) indices(n int) (start, stop, step, count int, err *Exception) {
	st := int64(1)
	if !s.step.IsNone() {
		if st, err = sliceIndex(s.step); err != nil {
			return
		}
		if st == 0 {
			err = NewValueError("slice step cannot be zero")
			return
		}
	}
	ln := int64(n)
	var lo, hi int64
	if st < 0 {
		lo, hi = -1, ln-1
	} else {
		lo, hi = 0, ln
	}
	b, e := hi, lo
	if st > 0 {
		b, e = lo, hi
	}
	if !s.start.IsNone() {
		if b, err = sliceIndex(s.start); err != nil {
			return
		}
		b = clampSlice(b, ln, lo, hi)
	}
	if !s.stop.IsNone() {
		if e, err = sliceIndex(s.stop); err != nil {
			return
		}
		e = clampSlice(e, ln, lo, hi)
	}
	var cnt int64
	if st > 0 && b < e {
		cnt = (e-b-1)/st + 1
	} else if st < 0 && b > e {
		cnt = (b-e-1)/(-st) + 1
	}
	return int(b), int(e), int(st), int(cnt), nil
}

func clampSlice(i, n, lo, hi int64) int64 {
	if i < 0 {
		i += n
		if i < lo {
			i = lo
		}
	} else if i > hi {
		i = hi
	}
	return i
}

func init() {
	t := SliceType
	t.Flags &^= FlagBaseType
	t.noHash = true
	t.Repr = func(v Value) (Value, *Exception) {
		s := ptrOf[Slice](v)
		out := "slice("
		for i, x := range []Value{s.start, s.stop, s.step} {
			r, err := Repr(x)
			if err != nil {
				return Value{}, err
			}
			if i > 0 {
				out += ", "
			}
			out += r.S
		}
		return StrValue(out + ")"), nil
	}
	t.New = func(tp *Type, args []Value, kw []*Str) (Value, *Exception) {
		if len(kw) > 0 {
			return Value{}, NewTypeError("slice() takes no keyword arguments")
		}
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None), nil
		case 2:
			return NewSlice(args[0], args[1], None), nil
		case 3:
			return NewSlice(args[0], args[1], args[2]), nil
		case 0:
			return Value{}, NewTypeError("slice expected at least 1 argument, got 0")
		}
		return Value{}, NewTypeError("slice expected at most 3 arguments, got %d", len(args))
	}
	t.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		if w.Type() != SliceType {
			return NotImplemented, nil
		}
		a, b := ptrOf[Slice](v), ptrOf[Slice](w)
		return seqCompare([]Value{a.start, a.stop, a.step}, []Value{b.start, b.stop, b.step}, op)
	}
	t.getsets = []GetSetDef{
		{Name: "start", Get: func(v Value) (Value, *Exception) { return ptrOf[Slice](v).start, nil }},
		{Name: "stop", Get: func(v Value) (Value, *Exception) { return ptrOf[Slice](v).stop, nil }},
		{Name: "step", Get: func(v Value) (Value, *Exception) { return ptrOf[Slice](v).step, nil }},
	}
	t.methods = []Method{{Name: "indices", Sig: "len, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		// Computed on big ints: start, stop, step and length may all
		// exceed ssize_t (CPython's _PySlice_GetLongIndices).
		return sliceLongIndices(ptrOf[Slice](self), a[0])
	}}, {Name: "__reduce__", Flags: MethNoArgs, Doc: reduceDoc, Fn: func(self Value, _ []Value) (Value, *Exception) {
		s := ptrOf[Slice](self)
		return TupleValue(SliceType.Value(), TupleValue(s.start, s.stop, s.step)), nil
	}}}
}
