// This file defines deque's sequence behaviour: d[i] (integers only, as
// CPython's sq_item), assignment and deletion, comparison, concatenation
// and repetition with CPython's operand order, and repr.

package collections

import (
	"strconv"
	"strings"

	"krait/runtime"
)

// dequeIndex converts a subscript as PySequence_GetItem's caller does: an
// integer through __index__, made non-negative by adding the length; -1
// when out of range.
func dequeIndex(d *Deque, key runtime.Value) (int, *runtime.Exception) {
	var i int64
	if key.IsSmallInt() {
		i = key.SmallInt()
	} else {
		if key.Type().Index == nil {
			return 0, runtime.NewTypeError("sequence index must be integer, not '%s'", key.Type().Name)
		}
		var err *runtime.Exception
		i, err = runtime.IndexInt64(key, "")
		if err != nil {
			if err.Matches(runtime.OverflowErrorType) {
				return 0, runtime.NewIndexError("cannot fit 'int' into an index-sized integer")
			}
			return 0, err
		}
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return -1, nil
	}
	return int(i), nil
}

func deque_subscript(self, key runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	i, err := dequeIndex(d, key)
	if err != nil {
		return runtime.Value{}, err
	}
	if i < 0 {
		return runtime.Value{}, runtime.NewIndexError("deque index out of range")
	}
	return d.at(i), nil
}

// deque_ass_subscript is d[i] = v, or del d[i] when v is null.
func deque_ass_subscript(self, key, v runtime.Value) *runtime.Exception {
	d := asDeque(self)
	i, err := dequeIndex(d, key)
	if err != nil {
		return err
	}
	if i < 0 {
		return runtime.NewIndexError("deque index out of range")
	}
	if v.IsNull() {
		d.delAt(i)
	} else {
		d.set(i, v)
	}
	return nil
}

// deque_richcompare compares two deques item by item, as lists compare;
// anything else is NotImplemented.
func deque_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	a, ok1 := tryDeque(v)
	b, ok2 := tryDeque(w)
	if !ok1 || !ok2 {
		return runtime.NotImplemented, nil
	}
	if op == runtime.Eq || op == runtime.Ne {
		if v == w || a.n != b.n {
			return runtime.Bool((v == w) == (op == runtime.Eq)), nil
		}
	}
	// Walk both with their iterators, as CPython does: a comparison that
	// mutates either deque is reported, and a subclass's __iter__ is used.
	itA, err := dequeIterOf(v, a)
	if err != nil {
		return runtime.Value{}, err
	}
	itB, err := dequeIterOf(w, b)
	if err != nil {
		return runtime.Value{}, err
	}
	for {
		x, err := runtime.Next(itA)
		if err != nil {
			return runtime.Value{}, err
		}
		y, err := runtime.Next(itB)
		if err != nil {
			return runtime.Value{}, err
		}
		if x.IsNull() || y.IsNull() {
			return runtime.Bool(lengthCompare(op, !x.IsNull(), !y.IsNull())), nil
		}
		eq, err := runtime.RichCompareBool(x, y, runtime.Eq)
		if err != nil {
			return runtime.Value{}, err
		}
		if !eq {
			if op == runtime.Eq {
				return runtime.False, nil
			}
			if op == runtime.Ne {
				return runtime.True, nil
			}
			return runtime.RichCompare(x, y, op)
		}
	}
}

// dequeIterOf returns iter(v) for the deque d behind v, without a lookup
// for an exact deque.
func dequeIterOf(v runtime.Value, d *Deque) (runtime.Value, *runtime.Exception) {
	if v.Type() == DequeType {
		return runtime.ValueOf(newDequeIter(d, dequeIterType)), nil
	}
	return runtime.Iter(v)
}

// itemsOf returns list(v) for the deque d behind v: a subclass's
// __iter__ decides the items, as PySequence_List does.
func itemsOf(v runtime.Value, d *Deque) ([]runtime.Value, *runtime.Exception) {
	if v.Type() == DequeType {
		return d.items(), nil
	}
	var out []runtime.Value
	err := forEach(v, func(x runtime.Value) *runtime.Exception {
		out = append(out, x)
		return nil
	})
	return out, err
}

// lengthCompare decides a comparison whose common prefix is equal, from
// which side still has items.
func lengthCompare(op runtime.CompareOp, moreV, moreW bool) bool {
	switch op {
	case runtime.Lt:
		return moreW
	case runtime.Le:
		return !moreV
	case runtime.Eq:
		return moreV == moreW
	case runtime.Ne:
		return moreV != moreW
	case runtime.Gt:
		return moreV
	}
	return !moreW
}

// deque_concat is d + other. Only a deque on the left concatenates, and
// only with a deque; otherwise the right operand's reflected slot is tried
// first, as CPython tries nb_add before sq_concat.
func deque_concat(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if _, ok := tryDeque(a); !ok {
		return runtime.NotImplemented, nil
	}
	_, isDeque := tryDeque(b)
	if b.Type() != a.Type() {
		// A deque subclass with its own __radd__ is asked too.
		if f := reflectedSlot(b, runtime.NbAdd); f != nil {
			r, err := f(a, b)
			if err != nil || r != runtime.NotImplemented {
				return r, err
			}
		}
	}
	if !isDeque {
		return runtime.Value{}, runtime.NewTypeError("can only concatenate deque (not \"%s\") to deque", b.Type().Name)
	}
	r, err := deque_copy(a, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	if err := asDeque(r).extend(r, b); err != nil {
		return runtime.Value{}, err
	}
	return r, nil
}

// reflectedSlot returns the number slot op of a Python class instance v:
// CPython tries it (v.__radd__, v.__rmul__) before deque's sequence slots.
// Builtin types never accept a deque there, so they are not asked, nor is
// a deque subclass that inherits deque's own reflected method (its slot is
// this one, and asking it would recurse).
func reflectedSlot(v runtime.Value, op runtime.BinOp) runtime.BinaryFunc {
	t := v.Type()
	if t.Flags&runtime.FlagHeapType == 0 {
		return nil
	}
	if runtime.IsInstance(v, DequeType) {
		name := "__radd__"
		if op == runtime.NbMultiply {
			name = "__rmul__"
		}
		if t.LookupString(name) == DequeType.LookupString(name) {
			return nil
		}
	}
	return t.Number[op]
}

// deque_inplace_concat is d += iterable.
func deque_inplace_concat(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	d, ok := tryDeque(a)
	if !ok {
		return runtime.NotImplemented, nil
	}
	if b.Type() != a.Type() {
		if f := reflectedSlot(b, runtime.NbAdd); f != nil {
			r, err := f(a, b)
			if err != nil || r != runtime.NotImplemented {
				return r, err
			}
		}
	}
	if err := d.extend(a, b); err != nil {
		return runtime.Value{}, err
	}
	return a, nil
}

// repeatOperands sorts the operands of d*n or n*d into the deque and the
// count; ok is false when this slot should decline.
func repeatOperands(a, b runtime.Value) (seq, cnt runtime.Value, ok bool) {
	if _, isDeque := tryDeque(a); isDeque {
		return a, b, true
	}
	if b.Type() == a.Type() {
		return runtime.Value{}, runtime.Value{}, false
	}
	if _, isDeque := tryDeque(b); isDeque && a.Type().Index != nil {
		return b, a, true
	}
	return runtime.Value{}, runtime.Value{}, false
}

func deque_repeat(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	seq, cnt, ok := repeatOperands(a, b)
	if !ok {
		return runtime.NotImplemented, nil
	}
	n, err := repeatCountOrResult(seq, cnt, seq == a)
	if err != nil || !n.result.IsNull() {
		return n.result, err
	}
	r, err := deque_copy(seq, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	return r, asDeque(r).inplaceRepeat(r, n.count)
}

func deque_inplace_repeat(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	d, ok := tryDeque(a)
	if !ok {
		return runtime.NotImplemented, nil
	}
	n, err := repeatCountOrResult(a, b, true)
	if err != nil || !n.result.IsNull() {
		return n.result, err
	}
	return a, d.inplaceRepeat(a, n.count)
}

// repeatOutcome is a repetition count, or the result of the count
// operand's reflected multiplication that replaces the repetition.
type repeatOutcome struct {
	count  int64
	result runtime.Value
}

// repeatCountOrResult converts the count of seq * cnt. When cnt is the
// right operand, CPython tries its own nb_multiply (cnt.__rmul__) before
// sequence repetition, so that may decide the result.
func repeatCountOrResult(seq, cnt runtime.Value, cntIsRight bool) (repeatOutcome, *runtime.Exception) {
	if cntIsRight && cnt.Type() != seq.Type() {
		if f := reflectedSlot(cnt, runtime.NbMultiply); f != nil {
			r, err := f(seq, cnt)
			if err != nil {
				return repeatOutcome{}, err
			}
			if r != runtime.NotImplemented {
				return repeatOutcome{result: r}, nil
			}
		}
	}
	if cnt.Type().Index == nil {
		return repeatOutcome{}, runtime.NewTypeError("can't multiply sequence by non-int of type '%s'", cnt.Type().Name)
	}
	n, err := runtime.IndexInt64(cnt, "")
	if err != nil && err.Matches(runtime.OverflowErrorType) {
		return repeatOutcome{}, runtime.NewOverflowError("cannot fit 'int' into an index-sized integer")
	}
	return repeatOutcome{count: n}, err
}

// inplaceRepeat repeats the items n times in place (deque_inplace_repeat),
// stopping early once maxlen would discard whole copies.
func (d *Deque) inplaceRepeat(self runtime.Value, n int64) *runtime.Exception {
	size := int64(d.n)
	if size == 0 || n == 1 {
		return nil
	}
	if n <= 0 {
		d.clear()
		return nil
	}
	if size == 1 {
		if d.maxlen >= 0 && n > int64(d.maxlen) {
			n = int64(d.maxlen)
		}
		if n > 1<<31 {
			return memoryError()
		}
		x := d.at(0)
		for i := int64(1); i < n; i++ {
			d.pushRight(x)
		}
		return nil
	}
	if size > (1<<62)/n || (d.maxlen < 0 && size*n > 1<<31) {
		// Go cannot recover from a failed allocation: refuse what
		// CPython would fail to allocate.
		return memoryError()
	}
	items := d.items()
	if d.maxlen >= 0 && n*size > int64(d.maxlen) {
		n = (int64(d.maxlen) + size - 1) / size
	}
	for i := int64(1); i < n; i++ {
		for _, x := range items {
			d.pushRight(x)
		}
	}
	return nil
}

// deque_repr is "deque([...])" or "deque([...], maxlen=n)", named after
// the object's type, with "[...]" for a deque inside itself.
func deque_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	if !runtime.ReprEnter(v) {
		return runtime.StrValue("[...]"), nil
	}
	defer runtime.ReprLeave()
	d := asDeque(v)
	items, err := itemsOf(v, d)
	if err != nil {
		return runtime.Value{}, err
	}
	list, err := runtime.Repr(runtime.NewList(items))
	if err != nil {
		return runtime.Value{}, err
	}
	var b strings.Builder
	b.WriteString(typeShortName(v.Type()))
	b.WriteByte('(')
	b.WriteString(list.S)
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=")
		b.WriteString(strconv.Itoa(d.maxlen))
	}
	b.WriteByte(')')
	return runtime.StrValue(b.String()), nil
}

// typeShortName is _PyType_Name: the type's name after the last dot.
func typeShortName(t *runtime.Type) string {
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
		return t.Name[i+1:]
	}
	return t.Name
}

// memoryError is a MemoryError for a repetition too large to hold.
func memoryError() *runtime.Exception {
	t, _ := runtime.BuiltinsModule().Dict.GetStr(runtime.Intern("MemoryError"))
	return runtime.NewException(t.AsType())
}
