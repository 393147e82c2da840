// This file defines the list type.

package runtime

import (
	"math"
	"math/bits"
	"strings"
)

// ListType is Python's list.
var ListType = newBuiltinType("list", ObjectType, FlagBaseType|FlagListSubclass)

// List is a list object.
type List struct {
	Header
	items []Value
}

// NewList returns a list holding items (not copied).
func NewList(items []Value) Value { return ValueOf(&List{Header: Header{ListType}, items: items}) }

// TryList returns v's *List if v is a list or list subclass instance.
func (v Value) TryList() (*List, bool) {
	if v.p == nil || v.Type().Flags&FlagListSubclass == 0 {
		return nil, false
	}
	return ptrOf[List](v), true
}

// Items returns the list's items (shared).
func (l *List) Items() []Value { return l.items }

// Append appends v.
func (l *List) Append(v Value) { l.items = append(l.items, v) }

// reprEnter guards repr of self-containing containers ("[...]").
var reprStack []uintptr

func reprEnter(v Value) bool {
	for _, p := range reprStack {
		if p == v.Ptr() {
			return false
		}
	}
	reprStack = append(reprStack, v.Ptr())
	return true
}

func reprLeave() { reprStack = reprStack[:len(reprStack)-1] }

// seqRepr renders items between open and close.
func seqRepr(items []Value, open, close string) (Value, *Exception) {
	var b strings.Builder
	b.WriteString(open)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(items[i])
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s.S)
	}
	b.WriteString(close)
	return StrValue(b.String()), nil
}

func list_repr(v Value) (Value, *Exception) {
	l := ptrOf[List](v)
	if len(l.items) == 0 {
		return StrValue("[]"), nil
	}
	if !reprEnter(v) {
		return StrValue("[...]"), nil
	}
	defer reprLeave()
	return seqRepr(l.items, "[", "]")
}

// seqIndex normalizes an index for a sequence of length n.
func seqIndex(key Value, n int, what string) (int, *Exception) {
	if key.IsSmallInt() {
		// The common case; it must not build the error format below.
		return itemOffset(key.SmallInt(), n), nil
	}
	i, err := indexToInt(key, what+" indices must be integers or slices, not %s")
	if err != nil {
		if err.Matches(OverflowErrorType) {
			return 0, NewIndexError("cannot fit 'int' into an index-sized integer")
		}
		return 0, err
	}
	return itemOffset(i, n), nil
}

// itemOffset turns a possibly negative index into an offset into a
// sequence of length n, or -1 when it is out of range.
func itemOffset(i int64, n int) int {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return -1
	}
	return int(i)
}

func list_subscript(v, key Value) (Value, *Exception) {
	l := ptrOf[List](v)
	if sl, ok := key.TrySlice(); ok {
		start, _, step, n, err := sl.indices(len(l.items))
		if err != nil {
			return Value{}, err
		}
		nl := newListLen(n)
		out := nl.items
		if step == 1 {
			copy(out, l.items[start:])
		} else {
			for i := range out {
				out[i] = l.items[start+i*step]
			}
		}
		return ValueOf(nl), nil
	}
	i, err := seqIndex(key, len(l.items), "list")
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		return Value{}, NewIndexError("list index out of range")
	}
	return l.items[i], nil
}

func list_ass_subscript(v, key, val Value) *Exception {
	l := ptrOf[List](v)
	if sl, ok := key.TrySlice(); ok {
		return listAssignSlice(l, sl, val)
	}
	i, err := seqIndex(key, len(l.items), "list")
	if err != nil {
		return err
	}
	if i < 0 {
		if val.IsNull() {
			return NewIndexError("list assignment index out of range")
		}
		return NewIndexError("list assignment index out of range")
	}
	if val.IsNull() {
		listDeleteAt(l, i)
		return nil
	}
	l.items[i] = val
	return nil
}

func listAssignSlice(l *List, sl *Slice, val Value) *Exception {
	start, stop, step, n, err := sl.indices(len(l.items))
	if err != nil {
		return err
	}
	if val.IsNull() {
		if step == 1 {
			listReplaceRange(l, start, max(start, stop), nil)
			return nil
		}
		del := map[int]bool{}
		for i := 0; i < n; i++ {
			del[start+i*step] = true
		}
		out := l.items[:0:0]
		for i, x := range l.items {
			if !del[i] {
				out = append(out, x)
			}
		}
		l.items = out
		return nil
	}
	src, err := sliceSource(l, val)
	if err != nil {
		return err
	}
	if step == 1 {
		// Iterating val may have run Python code that resized l: clamp as
		// list_ass_slice does.
		start, stop = min(start, len(l.items)), min(max(stop, start), len(l.items))
		listReplaceRange(l, start, stop, src)
		return nil
	}
	if len(src) != n {
		return NewValueError("attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
	}
	for i := 0; i < n; i++ {
		l.items[start+i*step] = src[i]
	}
	return nil
}

// sliceSource returns the items of val for a slice assignment to l, without
// copying an exact list or tuple (PySequence_Fast); l's own items are copied,
// since the assignment overwrites them.
func sliceSource(l *List, val Value) ([]Value, *Exception) {
	switch val.Type() {
	case ListType:
		if src := ptrOf[List](val); src != l {
			return src.items, nil
		}
		return append([]Value(nil), l.items...), nil
	case TupleType:
		return ptrOf[Tuple](val).items, nil
	}
	src, err := collectIter(val)
	if err != nil && err.Matches(TypeErrorType) {
		return nil, NewTypeError("can only assign an iterable")
	}
	return src, err
}

// listReplaceRange replaces l.items[start:stop] by src in place, moving the
// tail once and reallocating only when the list outgrows its capacity.
func listReplaceRange(l *List, start, stop int, src []Value) {
	old := len(l.items)
	d := len(src) - (stop - start)
	switch {
	case d < 0:
		copy(l.items[start+len(src):], l.items[stop:])
		clear(l.items[old+d:]) // the freed tail must not keep objects alive
		l.items = l.items[:old+d]
	case d > 0:
		if old+d <= cap(l.items) {
			l.items = l.items[:old+d]
		} else {
			l.items = append(l.items, make([]Value, d)...)
		}
		copy(l.items[stop+d:], l.items[stop:old])
	}
	copy(l.items[start:], src)
}

func list_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	b, ok := w.TryList()
	if !ok {
		return NotImplemented, nil
	}
	a := ptrOf[List](v)
	if (op == Eq || op == Ne) && len(a.items) != len(b.items) {
		return Bool(op == Ne), nil
	}
	// The lengths are read again at each step: an item's __eq__ may
	// change either list (CPython reads ob_size each time too).
	i := 0
	for ; i < len(a.items) && i < len(b.items); i++ {
		eq, err := RichCompareBool(a.items[i], b.items[i], Eq)
		if err != nil {
			return Value{}, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a.items) || i >= len(b.items) {
		return Bool(cmpResult(compareInts(len(a.items), len(b.items)), op)), nil
	}
	switch op {
	case Eq:
		return False, nil
	case Ne:
		return True, nil
	}
	return RichCompare(a.items[i], b.items[i], op)
}

// seqCompare compares two sequences lexicographically.
func seqCompare(a, b []Value, op CompareOp) (Value, *Exception) {
	if (op == Eq || op == Ne) && len(a) != len(b) {
		return Bool(op == Ne), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := RichCompareBool(a[i], b[i], Eq)
		if err != nil {
			return Value{}, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return Bool(cmpResult(compareInts(len(a), len(b)), op)), nil
	}
	switch op {
	case Eq:
		return False, nil
	case Ne:
		return True, nil
	}
	return RichCompare(a[i], b[i], op)
}

func compareInts(x, y int) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func listExtend(l *List, v Value) *Exception {
	// As list_extend: a list subclass may override __iter__, so only an exact
	// list (or l itself) is copied directly.
	if o, ok := v.TryList(); ok && (v.Type() == ListType || o == l) {
		fresh, old := cap(l.items) == 0, l.items
		l.items = append(l.items, o.items...)
		dropOldItems(l, old) // leak19_inline.go
		if fresh {
			l.items = listPreallocated(l.items, len(o.items))
		}
		return nil
	}
	hint := 0
	fresh := cap(l.items) == 0
	if fresh || v.Type().Flags&FlagHeapType != 0 {
		// A class's hooks run for their effects (askLengthHint); a fresh
		// list also takes its allocation from the hint.
		var err *Exception
		if hint, err = lengthHint(v, 8); err != nil {
			return err
		}
	}
	items, err := collectIter(v)
	if err != nil {
		return err
	}
	if len(l.items) == 0 && v.Type() != TupleType {
		l.items = items // a fresh array (collectIter shares only a tuple's): keep it
	} else {
		old := l.items
		l.items = append(l.items, items...)
		dropOldItems(l, old) // leak19_inline.go
	}
	if fresh {
		l.items = listPreallocated(l.items, hint)
	}
	return nil
}

// listPreallocated gives items, just filled into an empty list from an
// iterable of length hint, the capacity CPython's list_extend leaves it
// with, which sys.getsizeof reports: list_preallocate_exact's even size,
// list_resize's growth past it, and the final shrink of a spare half.
func listPreallocated(items []Value, hint int) []Value {
	n := len(items)
	alloc := (hint + 1) &^ 1
	for size := alloc + 1; size <= n; size++ {
		if size > alloc {
			alloc = listResizeAlloc(size, size-1)
		}
	}
	if n < alloc>>1 {
		alloc = 0
		if n > 0 {
			alloc = listResizeAlloc(n, n)
		}
	}
	if alloc < n {
		alloc = n
	}
	if cap(items) >= alloc {
		return items[:n:alloc]
	}
	out := make([]Value, n, alloc)
	copy(out, items)
	return out
}

// listCopyExact is a copy of items with list_preallocate_exact's even
// capacity, as list(a_list) and list(a_tuple) have in CPython.
func listCopyExact(items []Value) []Value {
	if len(items) == 0 {
		return nil
	}
	out := make([]Value, len(items), (len(items)+1)&^1)
	copy(out, items)
	return out
}

// listResizeAlloc is the allocation list_resize picks growing a list of
// oldsize items to newsize.
func listResizeAlloc(newsize, oldsize int) int {
	a := (newsize + newsize>>3 + 6) &^ 3
	if newsize-oldsize > a-newsize {
		a = (newsize + 3) &^ 3
	}
	return a
}

func list_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	if t != ListType {
		return ValueOf(&listSub{List: List{Header: Header{t}}}), nil // nq18_listsub.go
	}
	return ValueOf(&List{Header: Header{t}}), nil
}

var listInitMethod = Method{Name: "list", Sig: "iterable=, /"}

func list_init(self Value, args []Value, kw []*Str) *Exception {
	if t := self.Type(); len(kw) > 0 && t != ListType && funcPC(t.New) != funcPC(list_new) {
		// A subclass with its own __new__ may take keywords; list.__init__
		// ignores them, as CPython's does.
		args, kw = args[:len(args)-len(kw)], nil
	}
	var buf [1]Value
	a, err := listInitMethod.bindArgs(args, kw, "list", buf[:0])
	if err != nil {
		return err
	}
	l := ptrOf[List](self)
	l.items = nil
	if !a[0].IsNull() {
		return listExtend(l, a[0])
	}
	return nil
}

// ListIterType and ListRevIterType are list_iterator and list_reverseiterator.
var (
	ListIterType    = newBuiltinType("list_iterator", ObjectType, 0)
	ListRevIterType = newBuiltinType("list_reverseiterator", ObjectType, 0)
)

type listIter struct {
	Header
	l     *List
	i     int
	fresh bool // made by GET_ITER for its for loop alone (perfobj_listiter.go)
}

func init() {
	t := ListType
	t.Repr = list_repr
	t.noHash = true
	t.Len = func(v Value) (int, *Exception) { return len(ptrOf[List](v).items), nil }
	t.GetItem = list_subscript
	t.SetItem = list_ass_subscript
	t.RichCompare = list_richcompare
	t.New = list_new
	t.Init = list_init
	t.Contains = func(v, x Value) (bool, *Exception) {
		l := ptrOf[List](v)
		// The length is read again each step: a comparison may shrink the
		// list, and the slots it frees are cleared (listDeleteAt).
		for i := 0; i < len(l.items); i++ {
			if eq, err := RichCompareBool(l.items[i], x, Eq); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	t.Iter = func(v Value) (Value, *Exception) {
		return ValueOf(&listIter{Header: Header{ListIterType}, l: ptrOf[List](v)}), nil
	}
	t.Number[NbAdd] = func(a, b Value) (Value, *Exception) {
		x, ok1 := a.TryList()
		y, ok2 := b.TryList()
		if !ok1 || !ok2 {
			if ok1 {
				if r, done, err := reflectedBinary(a, b, NbAdd); done {
					return r, err
				}
				return Value{}, NewTypeError("can only concatenate list (not \"%s\") to list", b.Type().Name)
			}
			return NotImplemented, nil
		}
		nl := newListLen(len(x.items) + len(y.items))
		copy(nl.items[copy(nl.items, x.items):], y.items)
		return ValueOf(nl), nil
	}
	t.Inplace[NbAdd] = func(a, b Value) (Value, *Exception) {
		if err := listExtend(ptrOf[List](a), b); err != nil {
			return Value{}, err
		}
		return a, nil
	}
	t.Number[NbMultiply] = func(a, b Value) (Value, *Exception) { return seqRepeat(a, b, listRepeat) }
	t.Inplace[NbMultiply] = func(a, b Value) (Value, *Exception) {
		n, err := repeatCount(b)
		if err != nil || n < 0 {
			if err == nil {
				ptrOf[List](a).items = nil
				return a, nil
			}
			return NotImplemented, nil
		}
		l := ptrOf[List](a)
		if err := checkRepeat(len(l.items), n); err != nil {
			return Value{}, err
		}
		l.items = repeatItems(l.items, n)
		return a, nil
	}
	t.InstAttrs = listInstAttrs
	t.methods = listMethods
	ListIterType.Iter = func(v Value) (Value, *Exception) { return v, nil }
	ListIterType.Next = func(v Value) (Value, *Exception) {
		it := ptrOf[listIter](v)
		if it.l == nil || it.i >= len(it.l.items) {
			it.l = nil
			return Value{}, nil
		}
		it.i++
		return it.l.items[it.i-1], nil
	}
	ListIterType.methods = []Method{{Name: "__length_hint__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		it := ptrOf[listIter](self)
		if it.l == nil {
			return Int(0), nil
		}
		return Int(int64(max(0, len(it.l.items)-it.i))), nil
	}}, {Name: "__reduce__", Flags: MethNoArgs, Fn: listiter_reduce, Doc: reduceDoc},
		{Name: "__setstate__", Flags: MethO, Fn: listiter_setstate, Doc: setstateDoc}}
	ListRevIterType.Iter = selfIter
	ListRevIterType.Next = func(v Value) (Value, *Exception) {
		it := ptrOf[listIter](v)
		// The list may have shrunk since: CPython stops rather than clamping.
		if it.l == nil || it.i < 0 || it.i >= len(it.l.items) {
			it.l = nil
			return Value{}, nil
		}
		it.i--
		return it.l.items[it.i+1], nil
	}
	ListRevIterType.methods = []Method{{Name: "__length_hint__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		it := ptrOf[listIter](self)
		if it.l == nil || it.i >= len(it.l.items) {
			return Int(0), nil
		}
		return Int(int64(it.i + 1)), nil
	}}, {Name: "__reduce__", Flags: MethNoArgs, Fn: listiter_reduce, Doc: reduceDoc},
		{Name: "__setstate__", Flags: MethO, Fn: listiter_setstate, Doc: setstateDoc}}
}

// listiter_reduce is __reduce__ of list_iterator and list_reverseiterator:
// (iter or reversed, (list,), index), or iter over [] once exhausted.
func listiter_reduce(self Value, _ []Value) (Value, *Exception) {
	it := ptrOf[listIter](self)
	if it.l == nil {
		return iterReduceEmpty(NewList(nil))
	}
	if self.Type() == ListRevIterType {
		return iterReduce("reversed", ValueOf(it.l), int64(it.i))
	}
	return iterReduce("iter", ValueOf(it.l), int64(it.i))
}

// listiter_setstate is __setstate__ of list_iterator and
// list_reverseiterator: the index, clamped to the list.
func listiter_setstate(self Value, a []Value) (Value, *Exception) {
	i, err := iterStateIndex(a[0])
	if err != nil {
		return Value{}, err
	}
	if it := ptrOf[listIter](self); it.l != nil {
		n := int64(len(it.l.items))
		if self.Type() == ListRevIterType {
			it.i = int(clampIter(i, -1, n-1))
		} else {
			it.i = int(clampIter(i, 0, n))
		}
	}
	return None, nil
}

func repeatCount(b Value) (int, *Exception) {
	if b.Type().Index == nil {
		return 0, NewTypeError("can't multiply sequence by non-int of type '%s'", b.Type().Name)
	}
	n, err := indexToInt(b, "")
	if err != nil {
		if err.Matches(OverflowErrorType) {
			return 0, NewOverflowError("cannot fit 'int' into an index-sized integer")
		}
		return 0, err
	}
	if n < 0 {
		n = 0
	}
	return int(n), nil
}

func repeatItems(items []Value, n int) []Value {
	if len(items) == 0 || n <= 0 {
		return nil
	}
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out
}

func seqItems(seq Value) []Value {
	if l, ok := seq.TryList(); ok {
		return l.items
	}
	return seq.AsTuple().items
}

func listRepeat(items []Value, n int) Value { return NewList(repeatItems(items, n)) }

// seqRepeat implements seq * n and n * seq for lists and tuples.
func seqRepeat(a, b Value, mk func([]Value, int) Value) (Value, *Exception) {
	seq, cnt := a, b
	if _, ok := a.TryList(); !ok {
		if _, ok := a.TryTuple(); !ok {
			seq, cnt = b, a
		}
	}
	if cnt.Type().Index == nil {
		return repeatDeclined(a, b, cnt)
	}
	n, err := repeatCount(cnt)
	if err != nil {
		return Value{}, err
	}
	items := seqItems(seq)
	if err := checkRepeat(len(items), n); err != nil {
		return Value{}, err
	}
	return mk(items, n), nil
}

// checkRepeat returns MemoryError when size items repeated n times
// overflow or exceed the machine's memory.
func checkRepeat(size, n int) *Exception {
	if n > 0 && size > 0 {
		if hi, _ := bits.Mul64(uint64(size), uint64(n)); hi != 0 || size*n/n != size {
			return NewException(exceptionTypeByName["MemoryError"])
		}
		return checkAlloc(size*n, 16)
	}
	return nil
}

var listMethods = []Method{
	{Name: "append", Sig: "object, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		l := ptrOf[List](self)
		old := l.items
		l.items = listAppend(old, a[0])
		dropOldItems(l, old) // leak19_inline.go
		return None, nil
	}, One: listAppendOne}, // call15_listappend.go
	{Name: "extend", Sig: "iterable, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		return None, listExtend(ptrOf[List](self), a[0])
	}},
	{Name: "pop", Sig: "index=, /", // tmpl15_methods.go
		Fn:   func(self Value, a []Value) (Value, *Exception) { return listPopCall(self, a[0]) },
		Zero: listPopZero, One: listPopCall},
	{Name: "insert", Sig: "index, object, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		l := ptrOf[List](self)
		i, err := indexToInt(a[0], "")
		if err != nil {
			return Value{}, err
		}
		n := int64(len(l.items))
		if i < 0 {
			i = max(0, i+n)
		}
		i = min(i, n)
		l.items = append(l.items, Value{})
		copy(l.items[i+1:], l.items[i:])
		l.items[i] = a[1]
		return None, nil
	}},
	{Name: "remove", Sig: "value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		l := ptrOf[List](self)
		for i := 0; i < len(l.items); i++ {
			eq, err := RichCompareBool(l.items[i], a[0], Eq)
			if err != nil {
				return Value{}, err
			}
			if eq {
				if i < len(l.items) { // the comparison may have shrunk l
					listDeleteAt(l, i)
				}
				return None, nil
			}
		}
		return Value{}, NewValueError("list.remove(x): x not in list")
	}},
	{Name: "index", Sig: "value, start=, stop=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		l := ptrOf[List](self)
		start, stop, err := sliceBounds(a[1], a[2], len(l.items))
		if err != nil {
			return Value{}, err
		}
		for i := start; i < stop && i < len(l.items); i++ {
			eq, err := RichCompareBool(l.items[i], a[0], Eq)
			if err != nil {
				return Value{}, err
			}
			if eq {
				return Int(int64(i)), nil
			}
		}
		r, _ := Repr(a[0])
		return Value{}, NewValueError("%s is not in list", r.S)
	}},
	{Name: "count", Sig: "value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		n := 0
		l := ptrOf[List](self)
		for i := 0; i < len(l.items); i++ {
			eq, err := RichCompareBool(l.items[i], a[0], Eq)
			if err != nil {
				return Value{}, err
			}
			if eq {
				n++
			}
		}
		return Int(int64(n)), nil
	}},
	{Name: "clear", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		l := ptrOf[List](self)
		old := l.items
		l.items = nil
		dropOldItems(l, old) // leak19_inline.go
		return None, nil
	}},
	{Name: "copy", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return NewList(append([]Value(nil), ptrOf[List](self).items...)), nil
	}},
	{Name: "reverse", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		it := ptrOf[List](self).items
		for i, j := 0, len(it)-1; i < j; i, j = i+1, j-1 {
			it[i], it[j] = it[j], it[i]
		}
		return None, nil
	}},
	{Name: "sort", Sig: "*, key=, reverse=", Fn: list_sort},
	{Name: "__reversed__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		l := ptrOf[List](self)
		return ValueOf(&listIter{Header: Header{ListRevIterType}, l: l, i: len(l.items) - 1}), nil
	}},
	{Name: "__class_getitem__", Sig: "item, /", Flags: MethO | MethClass, Fn: ClassGetItem},
}

// sliceBounds clamps optional start/stop arguments (index, count).
func sliceBounds(startV, stopV Value, n int) (int, int, *Exception) {
	start, stop := 0, n
	if !startV.IsNull() {
		s, err := boundIndex(startV)
		if err != nil {
			return 0, 0, err
		}
		start = clampIndex(s, n)
	}
	if !stopV.IsNull() {
		s, err := boundIndex(stopV)
		if err != nil {
			return 0, 0, err
		}
		stop = clampIndex(s, n)
	}
	return start, stop, nil
}

// boundIndex converts a start or stop argument as _PyEval_SliceIndexNotNone
// does: ints beyond int64 clamp to its range.
func boundIndex(v Value) (int64, *Exception) {
	if v.IsSmallInt() {
		return v.SmallInt(), nil
	}
	if v.Type().Index == nil {
		return 0, NewTypeError("slice indices must be integers or have an __index__ method")
	}
	x, err := Index(v, "")
	if err != nil {
		return 0, err
	}
	s, b, _ := intValue(x)
	if b != nil {
		if b.Sign() < 0 {
			return math.MinInt64, nil
		}
		return math.MaxInt64, nil
	}
	return s, nil
}

func clampIndex(i int64, n int) int {
	if i < 0 {
		i += int64(n)
		if i < 0 {
			i = 0
		}
	}
	if i > int64(n) {
		i = int64(n)
	}
	return int(i)
}

func list_sort(self Value, a []Value) (Value, *Exception) {
	l := ptrOf[List](self)
	items := l.items
	l.items = nil
	err, keyDel := sortValuesKeyed(items, a[0], a[1])
	if keyDel {
		// CPython releases the keys while the list is still empty: a
		// key's __del__ that fills the list is a modification.
		finalizeDropped()
	}
	if l.items != nil && err == nil {
		err = NewValueError("list modified during sort")
	}
	l.items = items
	return None, err
}
