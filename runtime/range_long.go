// This file defines ranges whose bounds or length do not fit in an int64
// (CPython's longrange_iterator territory): range(1 << 1000) must exist,
// iterate, index and compare, while len() of it overflows. The slots of
// range check Range.long and hand such ranges to the functions here.

package runtime

import "math/big"

type longRange struct {
	start, stop, step, n *big.Int
}

// LongRangeIterType is longrange_iterator.
var LongRangeIterType = newBuiltinType("longrange_iterator", ObjectType, 0)

type longRangeIter struct {
	Header
	next, step, n *big.Int
	start, length *big.Int // the first item and the number of items, for __reduce__
}

// newLongRangeIter returns a longrange_iterator over lr.
func newLongRangeIter(lr *longRange) Value {
	return ValueOf(&longRangeIter{Header{LongRangeIterType}, new(big.Int).Set(lr.start), lr.step, new(big.Int).Set(lr.n), lr.start, lr.n})
}

// newLongRangeReverseIter returns a longrange_iterator over reversed(lr).
func newLongRangeReverseIter(lr *longRange) Value {
	last := new(big.Int).Sub(lr.n, bigOne)
	last.Mul(last, lr.step).Add(last, lr.start)
	return ValueOf(&longRangeIter{Header{LongRangeIterType}, new(big.Int).Set(last), new(big.Int).Neg(lr.step), new(big.Int).Set(lr.n), last, lr.n})
}

var bigOne = big.NewInt(1)

func bigRangeLen(start, stop, step *big.Int) *big.Int {
	n := new(big.Int)
	switch {
	case step.Sign() > 0 && start.Cmp(stop) < 0:
		n.Sub(stop, start)
		n.Sub(n, bigOne)
		n.Quo(n, step)
		return n.Add(n, bigOne)
	case step.Sign() < 0 && start.Cmp(stop) > 0:
		n.Sub(start, stop)
		n.Sub(n, bigOne)
		n.Quo(n, new(big.Int).Neg(step))
		return n.Add(n, bigOne)
	}
	return n
}

func newLongRange(vals []Value) (Value, *Exception) {
	b := make([]*big.Int, len(vals))
	for i, v := range vals {
		b[i], _ = bigOf(v)
	}
	start, stop, step := big.NewInt(0), b[0], big.NewInt(1)
	if len(b) >= 2 {
		start, stop = b[0], b[1]
	}
	if len(b) == 3 {
		if step = b[2]; step.Sign() == 0 {
			return Value{}, NewValueError("range() arg 3 must not be zero")
		}
	}
	lr := &longRange{start, stop, step, bigRangeLen(start, stop, step)}
	return ValueOf(&Range{Header: Header{RangeType}, long: lr}), nil
}

// bigRange returns r's bounds and length as big ints, whatever its form.
func bigRange(r *Range) *longRange {
	if r.long != nil {
		return r.long
	}
	return &longRange{big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), big.NewInt(r.n)}
}

func (lr *longRange) at(i *big.Int) Value {
	x := new(big.Int).Mul(i, lr.step)
	return NewIntBig(x.Add(x, lr.start))
}

func init() {
	t := RangeType
	oldIter, oldLen, oldRepr, oldGetItem := t.Iter, t.Len, t.Repr, t.GetItem
	oldContains, oldCompare, oldHash := t.Contains, t.RichCompare, t.Hash
	isLong := func(v Value) *longRange { return ptrOf[Range](v).long }
	t.Iter = func(v Value) (Value, *Exception) {
		if lr := isLong(v); lr != nil {
			return newLongRangeIter(lr), nil
		}
		return oldIter(v)
	}
	t.Len = func(v Value) (int, *Exception) {
		if lr := isLong(v); lr != nil {
			if !lr.n.IsInt64() {
				return 0, NewOverflowError("Python int too large to convert to C ssize_t")
			}
			return int(lr.n.Int64()), nil
		}
		return oldLen(v)
	}
	t.Repr = func(v Value) (Value, *Exception) {
		if lr := isLong(v); lr != nil {
			s := "range(" + lr.start.String() + ", " + lr.stop.String()
			if lr.step.Cmp(bigOne) != 0 {
				s += ", " + lr.step.String()
			}
			return StrValue(s + ")"), nil
		}
		return oldRepr(v)
	}
	t.GetItem = func(v, key Value) (Value, *Exception) {
		if lr := isLong(v); lr != nil {
			return longRangeItem(lr, key)
		}
		return oldGetItem(v, key)
	}
	t.Contains = func(v, x Value) (bool, *Exception) {
		if lr := isLong(v); lr != nil {
			return longRangeContains(lr, x)
		}
		return oldContains(v, x)
	}
	t.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		if w.Type() == RangeType && (isLong(v) != nil || isLong(w) != nil) && (op == Eq || op == Ne) {
			a, b := bigRange(ptrOf[Range](v)), bigRange(ptrOf[Range](w))
			eq := a.n.Cmp(b.n) == 0 && (a.n.Sign() == 0 || a.start.Cmp(b.start) == 0 && (a.n.Cmp(bigOne) == 0 || a.step.Cmp(b.step) == 0))
			return Bool(eq == (op == Eq)), nil
		}
		return oldCompare(v, w, op)
	}
	t.Hash = func(v Value) (int64, *Exception) {
		if lr := isLong(v); lr != nil {
			items := []Value{NewIntBig(lr.n), None, None}
			if lr.n.Sign() > 0 {
				items[1] = NewIntBig(lr.start)
				if lr.n.Cmp(bigOne) > 0 {
					items[2] = NewIntBig(lr.step)
				}
			}
			return Hash(TupleValue(items...))
		}
		return oldHash(v)
	}
	wrapRangeAttrs(t)
	LongRangeIterType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		return Value{}, NewTypeError("cannot create '%s' instances", t.Name)
	}
	LongRangeIterType.Iter = func(v Value) (Value, *Exception) { return v, nil }
	LongRangeIterType.Next = func(v Value) (Value, *Exception) {
		it := ptrOf[longRangeIter](v)
		if it.n.Sign() <= 0 {
			return Value{}, nil
		}
		x := NewIntBig(new(big.Int).Set(it.next))
		it.next.Add(it.next, it.step)
		it.n.Sub(it.n, bigOne)
		return x, nil
	}
	LongRangeIterType.methods = []Method{{Name: "__length_hint__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return NewIntBig(new(big.Int).Set(ptrOf[longRangeIter](self).n)), nil
	}}, {Name: "__reduce__", Flags: MethNoArgs, Fn: longrangeiter_reduce, Doc: reduceDoc},
		{Name: "__setstate__", Flags: MethO, Fn: longrangeiter_setstate, Doc: setstateDoc}}
}

// longrangeiter_reduce is (iter, (range(start, start+len*step, step),), index).
func longrangeiter_reduce(self Value, _ []Value) (Value, *Exception) {
	it := ptrOf[longRangeIter](self)
	stop := new(big.Int).Mul(it.length, it.step)
	stop.Add(stop, it.start)
	r, err := range_new(RangeType, []Value{NewIntBig(it.start), NewIntBig(stop), NewIntBig(it.step)}, nil)
	if err != nil {
		return Value{}, err
	}
	f, err := builtinNamed("iter")
	if err != nil {
		return Value{}, err
	}
	index := new(big.Int).Sub(it.length, it.n)
	return TupleValue(f, TupleValue(r), NewIntBig(index)), nil
}

// longrangeiter_setstate moves the iterator to index, clamped to [0, len].
func longrangeiter_setstate(self Value, a []Value) (Value, *Exception) {
	i, ok := bigOf(a[0])
	if !ok {
		if _, err := RichCompareBool(a[0], Int(0), Lt); err != nil {
			return Value{}, err
		}
		return Value{}, NewTypeError("an integer is required")
	}
	it := ptrOf[longRangeIter](self)
	if i.Sign() < 0 {
		i.SetInt64(0)
	} else if i.Cmp(it.length) > 0 {
		i.Set(it.length)
	}
	it.n = new(big.Int).Sub(it.length, i)
	it.next = i.Mul(i, it.step).Add(i, it.start)
	return None, nil
}

// wrapRangeAttrs makes start/stop/step and the methods of range serve long
// ranges too.
func wrapRangeAttrs(t *Type) {
	for i := range t.getsets {
		g := &t.getsets[i]
		old, name := g.Get, g.Name
		g.Get = func(v Value) (Value, *Exception) {
			if lr := ptrOf[Range](v).long; lr != nil {
				switch name {
				case "start":
					return NewIntBig(lr.start), nil
				case "stop":
					return NewIntBig(lr.stop), nil
				}
				return NewIntBig(lr.step), nil
			}
			return old(v)
		}
	}
	for i := range t.methods {
		m := &t.methods[i]
		if m.Name == "__reduce__" {
			continue // reads start, stop and step through their getters
		}
		old, name := m.Fn, m.Name
		m.Fn = func(self Value, a []Value) (Value, *Exception) {
			lr := ptrOf[Range](self).long
			if lr == nil {
				return old(self, a)
			}
			switch name {
			case "__reversed__":
				return newLongRangeReverseIter(lr), nil
			case "index":
				if in, err := longRangeContains(lr, a[0]); err != nil || in {
					if err != nil {
						return Value{}, err
					}
					x, _ := bigOf(a[0])
					x.Sub(x, lr.start).Quo(x, lr.step)
					return NewIntBig(x), nil
				}
				rs, _ := Repr(a[0])
				return Value{}, NewValueError("%s is not in range", rs.S)
			}
			in, err := longRangeContains(lr, a[0])
			return Bool(in).toInt(), err
		}
	}
}

func (v Value) toInt() Value {
	if v.Is(True) {
		return Int(1)
	}
	return Int(0)
}

func longRangeContains(lr *longRange, x Value) (bool, *Exception) {
	xt := x.Type()
	if xt != IntType && xt != BoolType {
		return false, nil // CPython falls back to iteration; a long range is too big to iterate
	}
	i, _ := bigOf(x)
	if lr.step.Sign() > 0 && (i.Cmp(lr.start) < 0 || i.Cmp(lr.stop) >= 0) ||
		lr.step.Sign() < 0 && (i.Cmp(lr.start) > 0 || i.Cmp(lr.stop) <= 0) {
		return false, nil
	}
	d := new(big.Int).Sub(i, lr.start)
	return d.Rem(d, lr.step).Sign() == 0, nil
}

func longRangeItem(lr *longRange, key Value) (Value, *Exception) {
	if sl, ok := key.TrySlice(); ok {
		return longRangeSlice(lr, sl)
	}
	k, err := Index(key, "range indices must be integers or slices, not %s")
	if err != nil {
		return Value{}, err
	}
	i, _ := bigOf(k)
	if i.Sign() < 0 {
		i.Add(i, lr.n)
	}
	if i.Sign() < 0 || i.Cmp(lr.n) >= 0 {
		return Value{}, NewIndexError("range object index out of range")
	}
	return lr.at(i), nil
}

// longRangeSlice slices a long range, computing the slice's indices on
// big ints as _PySlice_GetLongIndices does.
func longRangeSlice(lr *longRange, sl *Slice) (Value, *Exception) {
	start, stop, step, err := bigSliceIndices(sl, lr.n)
	if err != nil {
		return Value{}, err
	}
	nstart := new(big.Int).Mul(start, lr.step)
	nstart.Add(nstart, lr.start)
	nstop := new(big.Int).Mul(stop, lr.step)
	nstop.Add(nstop, lr.start)
	nstep := new(big.Int).Mul(step, lr.step)
	return newLongRange([]Value{NewIntBig(nstart), NewIntBig(nstop), NewIntBig(nstep)})
}

func bigSliceIndices(sl *Slice, length *big.Int) (start, stop, step *big.Int, err *Exception) {
	step = big.NewInt(1)
	if !sl.step.IsNone() {
		x, err := Index(sl.step, "slice indices must be integers or None or have an __index__ method%.0s")
		if err != nil {
			return nil, nil, nil, err
		}
		if step, _ = bigOf(x); step.Sign() == 0 {
			return nil, nil, nil, NewValueError("slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if neg {
		lower, upper = big.NewInt(-1), new(big.Int).Sub(length, bigOne)
	}
	bound := func(v Value, dflt *big.Int) (*big.Int, *Exception) {
		if v.IsNone() {
			return dflt, nil
		}
		x, err := Index(v, "slice indices must be integers or None or have an __index__ method%.0s")
		if err != nil {
			return nil, err
		}
		b, _ := bigOf(x)
		if b.Sign() < 0 {
			b.Add(b, length)
			if b.Cmp(lower) < 0 {
				b.Set(lower)
			}
		} else if b.Cmp(upper) > 0 {
			b.Set(upper)
		}
		return b, nil
	}
	dStart, dStop := lower, upper
	if !neg {
		dStart, dStop = lower, upper
	} else {
		dStart, dStop = upper, lower
	}
	if start, err = bound(sl.start, dStart); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = bound(sl.stop, dStop); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}
