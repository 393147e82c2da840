// This file defines the range type and its iterator (which the interpreter
// steps inline in FOR_LOOP).

package runtime

import (
	"math"
	"math/big"
)

// RangeType and RangeIterType are range and range_iterator.
var (
	RangeType     = newBuiltinType("range", ObjectType, 0)
	RangeIterType = newBuiltinType("range_iterator", ObjectType, 0)
)

// Range is a range object with int64 bounds.
type Range struct {
	Header
	start, stop, step, n int64
	long                 *longRange // bounds or length beyond int64 (range_long.go); then the rest is unused
}

type rangeIter struct {
	Header
	next, step, n int64
	length        int64 // the number of items at the start, for __reduce__
	fresh         bool  // made by rangeIterDirect for a for loop that recycles it (perfalloc_rangeiter.go)
}

var rangeMethod = Method{Name: "range", Sig: "start, stop=, step=, /"}

func range_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	if len(kw) > 0 {
		return Value{}, NewTypeError("range() takes no keyword arguments")
	}
	if len(args) == 0 {
		return Value{}, NewTypeError("range expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return Value{}, NewTypeError("range expected at most 3 arguments, got %d", len(args))
	}
	var v [3]int64
	var vals [3]Value
	isLong := false
	for i, a := range args {
		x, err := Index(a, "'%s' object cannot be interpreted as an integer")
		if err != nil {
			return Value{}, err
		}
		s, b, _ := intValue(x)
		vals[i] = x
		isLong = isLong || b != nil
		v[i] = s
	}
	if isLong {
		return newLongRange(vals[:len(args)])
	}
	start, stop, step := int64(0), v[0], int64(1)
	if len(args) >= 2 {
		start, stop = v[0], v[1]
	}
	if len(args) == 3 {
		step = v[2]
		if step == 0 {
			return Value{}, NewValueError("range() arg 3 must not be zero")
		}
	}
	n, ok := rangeLen(start, stop, step)
	if !ok {
		return newLongRange(vals[:len(args)])
	}
	return ValueOf(&Range{Header: Header{RangeType}, start: start, stop: stop, step: step, n: n}), nil
}

// rangeLen is the length of range(start, stop, step); ok is false when it
// does not fit in an int64.
func rangeLen(start, stop, step int64) (int64, bool) {
	// The difference of two int64s always fits in a uint64, so the length
	// is computed without math/big (range() is called in hot loops).
	var n uint64
	switch {
	case step > 0 && start < stop:
		n = (uint64(stop)-uint64(start)-1)/uint64(step) + 1
	case step < 0 && start > stop:
		n = (uint64(start)-uint64(stop)-1)/(-uint64(step)) + 1
	}
	return int64(n), n < 1<<63-1
}

// rangeLenBig is rangeLen through math/big, kept as the reference for the tests.
func rangeLenBig(start, stop, step int64) (int64, bool) {
	n := bigRangeLen(big.NewInt(start), big.NewInt(stop), big.NewInt(step))
	if !n.IsInt64() || n.Int64() == 1<<63-1 {
		return 0, false
	}
	return n.Int64(), true
}

func init() {
	t := RangeType
	t.Flags &^= FlagBaseType
	t.New = range_new
	t.Iter = func(v Value) (Value, *Exception) {
		r := ptrOf[Range](v)
		if rangeIterOverflows(r) {
			return newLongRangeIter(bigRange(r)), nil
		}
		return ValueOf(&rangeIter{Header: Header{RangeIterType}, next: r.start, step: r.step, n: r.n, length: r.n}), nil
	}
	t.Len = func(v Value) (int, *Exception) { return int(ptrOf[Range](v).n), nil }
	t.Repr = func(v Value) (Value, *Exception) {
		r := ptrOf[Range](v)
		if r.step == 1 {
			return StrValue("range(" + itoa64(r.start) + ", " + itoa64(r.stop) + ")"), nil
		}
		return StrValue("range(" + itoa64(r.start) + ", " + itoa64(r.stop) + ", " + itoa64(r.step) + ")"), nil
	}
	t.GetItem = func(v, key Value) (Value, *Exception) {
		r := ptrOf[Range](v)
		if sl, ok := key.TrySlice(); ok {
			start, stop, step, n, err := sl.indices(int(r.n))
			if err != nil {
				return Value{}, err
			}
			// CPython's compute_slice maps the slice's own stop index
			// (range(3, 31, 4)[::2] is range(3, 31, 8), not start + n*step).
			s := r.start + int64(start)*r.step
			st := r.step * int64(step)
			return ValueOf(&Range{Header: Header{RangeType}, start: s, stop: r.start + int64(stop)*r.step, step: st, n: int64(n)}), nil
		}
		i, err := seqIndex(key, int(r.n), "range")
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			return Value{}, NewIndexError("range object index out of range")
		}
		return Int(r.start + int64(i)*r.step), nil
	}
	t.Contains = func(v, x Value) (bool, *Exception) {
		r := ptrOf[Range](v)
		if x.IsSmallInt() {
			i := x.SmallInt()
			if r.step > 0 && (i < r.start || i >= r.stop) || r.step < 0 && (i > r.start || i <= r.stop) {
				return false, nil
			}
			return (i-r.start)%r.step == 0, nil
		}
		if xt := x.Type(); xt == IntType || xt == BoolType {
			return longRangeContains(bigRange(r), x)
		}
		for k := int64(0); k < r.n; k++ {
			if eq, err := Equal(Int(r.start+k*r.step), x); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	t.Bool = func(v Value) (bool, *Exception) {
		if lr := ptrOf[Range](v).long; lr != nil {
			return lr.n.Sign() != 0, nil
		}
		return ptrOf[Range](v).n != 0, nil
	}
	t.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		if w.Type() != RangeType || (op != Eq && op != Ne) {
			return NotImplemented, nil
		}
		a, b := ptrOf[Range](v), ptrOf[Range](w)
		eq := a.n == b.n && (a.n == 0 || a.start == b.start && (a.n == 1 || a.step == b.step))
		return Bool(eq == (op == Eq)), nil
	}
	t.Hash = func(v Value) (int64, *Exception) {
		r := ptrOf[Range](v)
		items := []Value{Int(r.n), None, None}
		if r.n > 0 {
			items[1] = Int(r.start)
			if r.n > 1 {
				items[2] = Int(r.step)
			}
		}
		return Hash(TupleValue(items...))
	}
	t.getsets = []GetSetDef{
		{Name: "start", Get: func(v Value) (Value, *Exception) { return Int(ptrOf[Range](v).start), nil }},
		{Name: "stop", Get: func(v Value) (Value, *Exception) { return Int(ptrOf[Range](v).stop), nil }},
		{Name: "step", Get: func(v Value) (Value, *Exception) { return Int(ptrOf[Range](v).step), nil }},
	}
	t.methods = []Method{
		{Name: "__reduce__", Flags: MethNoArgs, Fn: range_reduce},
		{Name: "__reversed__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			r := ptrOf[Range](self)
			if rangeReverseOverflows(r) {
				return newLongRangeReverseIter(bigRange(r)), nil
			}
			last := r.start + (r.n-1)*r.step
			return ValueOf(&rangeIter{Header: Header{RangeIterType}, next: last, step: -r.step, n: r.n, length: r.n}), nil
		}},
		{Name: "index", Sig: "value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			r := ptrOf[Range](self)
			if xt := a[0].Type(); xt != IntType && xt != BoolType {
				return rangeIterSearch(self, a[0], true)
			}
			if in, _ := r.typ.Contains(self, a[0]); in {
				i, _ := bigOf(a[0])
				i.Sub(i, big.NewInt(r.start)).Quo(i, big.NewInt(r.step))
				return NewIntBig(i), nil
			}
			rs, _ := Repr(a[0])
			return Value{}, NewValueError("%s is not in range", rs.S)
		}},
		{Name: "count", Sig: "value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			if xt := a[0].Type(); xt != IntType && xt != BoolType {
				return rangeIterSearch(self, a[0], false)
			}
			in, err := ptrOf[Range](self).typ.Contains(self, a[0])
			if in {
				return Int(1), err
			}
			return Int(0), err
		}},
	}
	RangeIterType.Iter = func(v Value) (Value, *Exception) { return v, nil }
	RangeIterType.Next = func(v Value) (Value, *Exception) {
		r := ptrOf[rangeIter](v)
		if r.n <= 0 {
			return Value{}, nil
		}
		x := r.next
		r.next += r.step
		r.n--
		return Int(x), nil
	}
	RangeIterType.methods = []Method{{Name: "__length_hint__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return Int(ptrOf[rangeIter](self).n), nil
	}}, {Name: "__reduce__", Flags: MethNoArgs, Fn: rangeiter_reduce, Doc: reduceDoc},
		{Name: "__setstate__", Flags: MethO, Fn: rangeiter_setstate, Doc: setstateDoc}}
}

// rangeIterSearch is range.index (index) or range.count for a value that
// is not an int, comparing it with each item as _PySequence_IterSearch does.
func rangeIterSearch(r, x Value, index bool) (Value, *Exception) {
	it, err := Iter(r)
	if err != nil {
		return Value{}, err
	}
	n := int64(0)
	for i := int64(0); ; i++ {
		item, err := Next(it)
		if err != nil {
			return Value{}, err
		}
		if item.IsNull() {
			break
		}
		eq, err := RichCompareBool(item, x, Eq)
		if err != nil {
			return Value{}, err
		}
		if eq {
			if index {
				return Int(i), nil
			}
			n++
		}
	}
	if index {
		return Value{}, NewValueError("sequence.index(x): x not in sequence")
	}
	return Int(n), nil
}

// range_reduce is (range, (start, stop, step)).
func range_reduce(self Value, _ []Value) (Value, *Exception) {
	var a [3]Value
	for i, name := range []string{"start", "stop", "step"} {
		x, err := GetAttrString(self, name)
		if err != nil {
			return Value{}, err
		}
		a[i] = x
	}
	return TupleValue(RangeType.Value(), TupleValue(a[:]...)), nil
}

// rangeIterOverflows reports whether CPython's range_iter would use a
// longrange_iterator for r: when start + len*step may leave the C long.
func rangeIterOverflows(r *Range) bool {
	if r.n == 0 {
		return false
	}
	if r.step > 0 {
		return r.stop > math.MaxInt64-(r.step-1)
	}
	return r.stop < math.MinInt64+(-1-r.step)
}

// rangeReverseOverflows is rangeIterOverflows for reversed(r) (range_reverse):
// -step or start - step may leave the C long.
func rangeReverseOverflows(r *Range) bool {
	if r.step == math.MinInt64 {
		return true
	}
	if r.step > 0 {
		return uint64(r.start)-uint64(1<<63) < uint64(r.step)
	}
	return uint64(math.MaxInt64)-uint64(r.start) < uint64(-r.step)
}

// rangeiter_reduce is (iter, (range(start, stop, step),), index) with the
// iterator's first item as start, as CPython 3.11's rangeiter_reduce.
func rangeiter_reduce(self Value, _ []Value) (Value, *Exception) {
	it := ptrOf[rangeIter](self)
	index := it.length - it.n
	start := it.next - index*it.step
	r, err := range_new(RangeType, []Value{Int(start), Int(start + it.length*it.step), Int(it.step)}, nil)
	if err != nil {
		return Value{}, err
	}
	return iterReduce("iter", r, index)
}

// rangeiter_setstate moves the iterator to index, clamped to [0, len].
func rangeiter_setstate(self Value, a []Value) (Value, *Exception) {
	i, err := indexToInt(a[0], "")
	if err != nil {
		if err.Matches(OverflowErrorType) {
			return Value{}, NewOverflowError("Python int too large to convert to C long")
		}
		return Value{}, err
	}
	it := ptrOf[rangeIter](self)
	start := it.next - (it.length-it.n)*it.step
	i = clampIter(i, 0, it.length)
	it.next, it.n = start+i*it.step, it.length-i
	return None, nil
}
