// This file defines the builtin iterator types enumerate, zip, map,
// filter and reversed, and the callable iterator of iter(f, sentinel).

package runtime

// The builtin iterator types.
var (
	EnumerateType    = newBuiltinType("enumerate", ObjectType, FlagBaseType)
	ZipType          = newBuiltinType("zip", ObjectType, FlagBaseType)
	MapType          = newBuiltinType("map", ObjectType, FlagBaseType)
	FilterType       = newBuiltinType("filter", ObjectType, FlagBaseType)
	ReversedType     = newBuiltinType("reversed", ObjectType, FlagBaseType)
	CallableIterType = newBuiltinType("callable_iterator", ObjectType, 0)
)

type enumerateObj struct {
	Header
	it    Value
	n     Value
	attrs *Attrs // instance attributes of Python subclass instances
}

type zipObj struct {
	Header
	its    []Value
	strict bool
	attrs  *Attrs // instance attributes of Python subclass instances
}

type mapObj struct {
	Header
	fn    Value
	its   []Value
	attrs *Attrs // instance attributes of Python subclass instances
}

type filterObj struct {
	Header
	fn, it Value
	attrs  *Attrs // instance attributes of Python subclass instances
}

type reversedObj struct {
	Header
	seq   Value
	i     int64
	attrs *Attrs // instance attributes of Python subclass instances
}

type callIter struct {
	Header
	fn, sentinel Value
}

func selfIter(v Value) (Value, *Exception) { return v, nil }

var (
	enumerateMethod = Method{Name: "enumerate", Sig: "iterable, start="}
	zipMethod       = Method{Name: "zip", Sig: "*iterables, strict="}
)

// enumerateCheckArgs gives CPython's enum_vectorcall messages for
// enumerate's nargs positional arguments and keywords kw.
func enumerateCheckArgs(nargs int, kw []*Str) *Exception {
	bad := func(i int, want string) *Exception {
		if kw[i].S == want {
			return nil
		}
		return NewTypeError("'%s' is an invalid keyword argument for enumerate()", kw[i].S)
	}
	switch total := nargs + len(kw); {
	case total == 2 && len(kw) == 1:
		return bad(0, "start")
	case total == 2 && len(kw) == 2:
		if kw[0].S == "start" {
			return bad(1, "iterable")
		}
		if err := bad(0, "iterable"); err != nil {
			return err
		}
		return bad(1, "start")
	case total == 1 && len(kw) == 1:
		return bad(0, "iterable")
	case total <= 2 && nargs > 0:
		return nil
	case nargs == 0 && total == 0:
		return NewTypeError("enumerate() missing required argument 'iterable'")
	case total > 2:
		return NewTypeError("enumerate() takes at most 2 arguments (%d given)", total)
	}
	return nil
}

func newCallIter(fn, sentinel Value) (Value, *Exception) {
	if fn.Type().Call == nil {
		return Value{}, NewTypeError("iter(v, w): v must be callable")
	}
	return ValueOf(&callIter{Header{CallableIterType}, fn, sentinel}), nil
}

func init() {
	for _, t := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType, CallableIterType} {
		t.Iter = selfIter
	}
	EnumerateType.InstAttrs = func(v Value) *Attrs { return ptrOf[enumerateObj](v).attrs }
	ZipType.InstAttrs = func(v Value) *Attrs { return ptrOf[zipObj](v).attrs }
	MapType.InstAttrs = func(v Value) *Attrs { return ptrOf[mapObj](v).attrs }
	FilterType.InstAttrs = func(v Value) *Attrs { return ptrOf[filterObj](v).attrs }
	ReversedType.InstAttrs = func(v Value) *Attrs { return ptrOf[reversedObj](v).attrs }
	EnumerateType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		if err := enumerateCheckArgs(len(args)-len(kw), kw); err != nil {
			return Value{}, err
		}
		var buf [2]Value
		a, err := enumerateMethod.bindArgs(args, kw, "enumerate", buf[:0])
		if err != nil {
			return Value{}, err
		}
		n := Int(0)
		if !a[1].IsNull() { // start is converted first, as enum_new_impl
			if n, err = Index(a[1], ""); err != nil {
				return Value{}, err
			}
		}
		it, err := Iter(a[0])
		if err != nil {
			return Value{}, err
		}
		return ValueOf(&enumerateObj{Header{t}, it, n, subclassAttrs(t)}), nil
	}
	EnumerateType.Next = func(v Value) (Value, *Exception) {
		i, x, err := ptrOf[enumerateObj](v).next()
		if x.IsNull() {
			return Value{}, err
		}
		return tuplePair(i, x), err
	}
	ZipType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		var buf [2]Value
		a, err := zipMethod.bindArgs(args, kw, "zip", buf[:0])
		if err != nil {
			return Value{}, err
		}
		srcs := a[0].AsTuple().items
		its := make([]Value, len(srcs))
		for i, s := range srcs {
			if its[i], err = Iter(s); err != nil {
				return Value{}, err
			}
		}
		strict := false
		if !a[1].IsNull() {
			strict, _ = IsTrue(a[1])
		}
		return ValueOf(&zipObj{Header{t}, its, strict, subclassAttrs(t)}), nil
	}
	ZipType.Next = zip_next
	MapType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		args, err := NoKeywordsUnlessInit(t, MapType, "map", args, kw)
		if err != nil {
			return Value{}, err
		}
		if len(args) < 2 {
			return Value{}, NewTypeError("map() must have at least two arguments.")
		}
		its := make([]Value, len(args)-1)
		for i, s := range args[1:] {
			var err *Exception
			if its[i], err = Iter(s); err != nil {
				return Value{}, err
			}
		}
		return ValueOf(&mapObj{Header{t}, args[0], its, subclassAttrs(t)}), nil
	}
	MapType.Next = map_next
	FilterType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		args, err := NoKeywordsUnlessInit(t, FilterType, "filter", args, kw)
		if err != nil {
			return Value{}, err
		}
		if len(args) != 2 {
			return Value{}, NewTypeError("filter expected 2 arguments, got %d", len(args))
		}
		it, err := Iter(args[1])
		if err != nil {
			return Value{}, err
		}
		return ValueOf(&filterObj{Header{t}, args[0], it, subclassAttrs(t)}), nil
	}
	FilterType.Next = func(v Value) (Value, *Exception) {
		f := ptrOf[filterObj](v)
		for {
			x, err := Next(f.it)
			if err != nil || x.IsNull() {
				return Value{}, err
			}
			r := x
			if !f.fn.IsNone() {
				if r, err = callOne(f.fn, x); err != nil {
					return Value{}, err
				}
			}
			ok, err := IsTrue(r)
			if err != nil {
				return Value{}, err
			}
			if ok {
				return x, nil
			}
		}
	}
	ReversedType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		args, err := NoKeywordsUnlessInit(t, ReversedType, "reversed", args, kw)
		if err != nil {
			return Value{}, err
		}
		if len(args) != 1 {
			return Value{}, NewTypeError("reversed expected 1 argument, got %d", len(args))
		}
		seq := args[0]
		if rv := seq.Type().Lookup(Intern("__reversed__")); !rv.IsNull() {
			if rv.IsNone() {
				return Value{}, NewTypeError("'%s' object is not reversible", seq.Type().Name)
			}
			return callSpecial(seq, Intern("__reversed__"))
		}
		if seq.Type().GetItem == nil || seq.Type().Len == nil || seq.Type().Flags&FlagDictSubclass != 0 {
			return Value{}, NewTypeError("'%s' object is not reversible", seq.Type().Name)
		}
		n, err := Len(seq)
		if err != nil {
			return Value{}, err
		}
		return ValueOf(&reversedObj{Header{t}, seq, int64(n) - 1, subclassAttrs(t)}), nil
	}
	ReversedType.Next = func(v Value) (Value, *Exception) {
		r := ptrOf[reversedObj](v)
		if r.i >= 0 {
			x, err := GetItem(r.seq, Int(r.i))
			if err == nil {
				r.i--
				return x, nil
			}
			if !err.Matches(IndexErrorType) && !err.Matches(StopIterationType) {
				r.i, r.seq = -1, Value{}
				return Value{}, err
			}
		}
		r.i, r.seq = -1, Value{}
		return Value{}, nil
	}
	CallableIterType.Next = func(v Value) (Value, *Exception) {
		c := ptrOf[callIter](v)
		if c.fn.IsNull() {
			return Value{}, nil
		}
		x, err := Call(c.fn, nil, nil)
		if err != nil {
			if err.Matches(StopIterationType) {
				c.fn = Value{}
				return Value{}, nil
			}
			return Value{}, err
		}
		if eq, err := Equal(x, c.sentinel); err != nil || eq {
			c.fn = Value{}
			return Value{}, err
		}
		return x, nil
	}
	iteratorPickling()
}

// iteratorPickling gives the builtin iterator types their __reduce__ (and
// __setstate__, __length_hint__) methods, as CPython's bltinmodule.c and
// enumobject.c define them: each pickles as a call of its type on its
// current inner iterators.
func iteratorPickling() {
	EnumerateType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: enum_reduce, Doc: reduceDoc},
		{Name: "__class_getitem__", Fn: classGetItemSelf, Sig: "item, /", Flags: MethO | MethClass, Doc: "See PEP 585"}}
	ZipType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: zip_reduce, Doc: reduceDoc},
		{Name: "__setstate__", Flags: MethO, Fn: zip_setstate, Doc: setstateDoc}}
	MapType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: map_reduce, Doc: reduceDoc}}
	FilterType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: filter_reduce, Doc: reduceDoc}}
	ReversedType.methods = []Method{{Name: "__length_hint__", Flags: MethNoArgs, Fn: reversed_len, Doc: dictIterLengthHintDoc},
		{Name: "__reduce__", Flags: MethNoArgs, Fn: reversed_reduce, Doc: reduceDoc},
		{Name: "__setstate__", Flags: MethO, Fn: reversed_setstate, Doc: setstateDoc}}
	CallableIterType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: calliter_reduce, Doc: reduceDoc}}
}

// enum_reduce is (type(e), (iterator, count)).
func enum_reduce(self Value, _ []Value) (Value, *Exception) {
	e := ptrOf[enumerateObj](self)
	return TupleValue(self.Type().Value(), TupleValue(e.it, e.n)), nil
}

// zip_reduce is (type(z), iterators), with True as state when strict.
func zip_reduce(self Value, _ []Value) (Value, *Exception) {
	z := ptrOf[zipObj](self)
	if z.strict {
		return TupleValue(self.Type().Value(), TupleValue(z.its...), True), nil
	}
	return TupleValue(self.Type().Value(), TupleValue(z.its...)), nil
}

// zip_setstate sets strict from the state's truth.
func zip_setstate(self Value, a []Value) (Value, *Exception) {
	strict, err := IsTrue(a[0])
	if err != nil {
		return Value{}, err
	}
	ptrOf[zipObj](self).strict = strict
	return None, nil
}

// map_reduce is (type(m), (function, *iterators)).
func map_reduce(self Value, _ []Value) (Value, *Exception) {
	m := ptrOf[mapObj](self)
	args := append([]Value{m.fn}, m.its...)
	return TupleValue(self.Type().Value(), TupleValue(args...)), nil
}

// filter_reduce is (type(f), (function, iterator)).
func filter_reduce(self Value, _ []Value) (Value, *Exception) {
	f := ptrOf[filterObj](self)
	return TupleValue(self.Type().Value(), TupleValue(f.fn, f.it)), nil
}

// reversed_len is the number of items left: index + 1 while the sequence
// is still that long.
func reversed_len(self Value, _ []Value) (Value, *Exception) {
	r := ptrOf[reversedObj](self)
	if r.seq.IsNull() {
		return Int(0), nil
	}
	n, err := Len(r.seq)
	if err != nil {
		return Value{}, err
	}
	if int64(n) < r.i+1 {
		return Int(0), nil
	}
	return Int(r.i + 1), nil
}

// reversed_reduce is (type(r), (seq,), index), or reversed(()) once exhausted.
func reversed_reduce(self Value, _ []Value) (Value, *Exception) {
	r := ptrOf[reversedObj](self)
	if r.seq.IsNull() {
		return TupleValue(self.Type().Value(), TupleValue(TupleValue())), nil
	}
	return TupleValue(self.Type().Value(), TupleValue(r.seq), Int(r.i)), nil
}

// reversed_setstate moves the iterator to index, clamped to [-1, len-1].
func reversed_setstate(self Value, a []Value) (Value, *Exception) {
	i, err := iterStateIndex(a[0])
	if err != nil {
		return Value{}, err
	}
	r := ptrOf[reversedObj](self)
	if !r.seq.IsNull() {
		n, err := Len(r.seq)
		if err != nil {
			return Value{}, err
		}
		r.i = clampIter(i, -1, int64(n)-1)
	}
	return None, nil
}

// calliter_reduce is (iter, (callable, sentinel)), or iter over () once exhausted.
func calliter_reduce(self Value, _ []Value) (Value, *Exception) {
	f, err := builtinNamed("iter")
	if err != nil {
		return Value{}, err
	}
	if c := ptrOf[callIter](self); !c.fn.IsNull() {
		return TupleValue(f, TupleValue(c.fn, c.sentinel)), nil
	}
	return TupleValue(f, TupleValue(TupleValue())), nil
}

func zip_next(v Value) (Value, *Exception) {
	z := ptrOf[zipObj](v)
	if len(z.its) == 0 {
		return Value{}, nil
	}
	if len(z.its) <= 4 {
		// The items gather on the stack: the tuple is one allocation.
		var buf [4]Value
		if ok, err := z.fill(buf[:len(z.its)]); !ok {
			return Value{}, err
		}
		return buildTuple(buf[:len(z.its)]), nil
	}
	items := make([]Value, len(z.its))
	if ok, err := z.fill(items); !ok {
		return Value{}, err
	}
	return TupleValue(items...), nil
}

// fill sets items to the next item of each iterator; ok is false at the
// end (or on an error, which strict mode reports for unequal lengths).
func (z *zipObj) fill(items []Value) (ok bool, err *Exception) {
	for i, it := range z.its {
		x, err := Next(it)
		if err != nil {
			return false, err
		}
		if x.IsNull() {
			if z.strict {
				return false, zipStrictError(z, i)
			}
			return false, nil
		}
		items[i] = x
	}
	return true, nil
}

func zipStrictError(z *zipObj, i int) *Exception {
	if i > 0 {
		plural := "s"
		if i == 1 {
			plural = ""
		}
		return NewValueError("zip() argument %d is shorter than argument%s 1%s", i+1, plural, rangeSuffix(i))
	}
	for j := 1; j < len(z.its); j++ {
		x, err := Next(z.its[j])
		if err != nil {
			return err
		}
		if !x.IsNull() {
			plural := "s"
			if j == 1 {
				plural = ""
			}
			return NewValueError("zip() argument %d is longer than argument%s 1%s", j+1, plural, rangeSuffix(j))
		}
	}
	return nil
}

func rangeSuffix(i int) string {
	if i == 1 {
		return ""
	}
	return "-" + itoa(i)
}

// map_next calls the function on the next item of each iterator. The
// argument vector is slab registers reserved during the call, as callOne
// does (no allocation per item).
func map_next(v Value) (Value, *Exception) {
	m := ptrOf[mapObj](v)
	n := len(m.its)
	if n == 1 {
		if fn := plainCallee(m.fn, 1); fn != nil { // call17_reentry.go
			x, err := Next(m.its[0])
			if err != nil || x.IsNull() {
				return Value{}, err
			}
			return callPlain1(fn, x)
		}
	}
	th := curThread
	top := th.top
	if top+n > len(th.slab) {
		return mapNextAlloc(m)
	}
	args := th.slab[top : top+n : top+n]
	th.top = top + n
	var r Value
	var err *Exception
	full := true
	for i, it := range m.its {
		if args[i], err = Next(it); err != nil || args[i].IsNull() {
			full = false
			break
		}
	}
	if full {
		r, err = Call(m.fn, args, nil)
	}
	th.top = top
	clear(args)
	return r, err
}

// mapNextAlloc is map_next with its argument vector on the heap.
func mapNextAlloc(m *mapObj) (Value, *Exception) {
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		x, err := Next(it)
		if err != nil || x.IsNull() {
			return Value{}, err
		}
		args[i] = x
	}
	return Call(m.fn, args, nil)
}
