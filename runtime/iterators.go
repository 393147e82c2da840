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
	it Value
	n  Value
}

type zipObj struct {
	Header
	its    []Value
	strict bool
}

type mapObj struct {
	Header
	fn  Value
	its []Value
}

type filterObj struct {
	Header
	fn, it Value
}

type reversedObj struct {
	Header
	seq Value
	i   int64
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
	EnumerateType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		var buf [2]Value
		a, err := enumerateMethod.bindArgs(args, kw, "enumerate", buf[:0])
		if err != nil {
			return Value{}, err
		}
		it, err := Iter(a[0])
		if err != nil {
			return Value{}, err
		}
		n := Int(0)
		if !a[1].IsNull() {
			if n, err = Index(a[1], ""); err != nil {
				return Value{}, err
			}
		}
		return ValueOf(&enumerateObj{Header{t}, it, n}), nil
	}
	EnumerateType.Next = func(v Value) (Value, *Exception) {
		e := ptrOf[enumerateObj](v)
		x, err := Next(e.it)
		if err != nil || x.IsNull() {
			return Value{}, err
		}
		i := e.n
		e.n, err = int_add(i, Int(1))
		return TupleValue(i, x), err
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
		return ValueOf(&zipObj{Header{t}, its, strict}), nil
	}
	ZipType.Next = zip_next
	MapType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		if len(kw) > 0 {
			return Value{}, NewTypeError("map() takes no keyword arguments")
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
		return ValueOf(&mapObj{Header{t}, args[0], its}), nil
	}
	MapType.Next = func(v Value) (Value, *Exception) {
		m := ptrOf[mapObj](v)
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
	FilterType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		if len(kw) > 0 {
			return Value{}, NewTypeError("filter() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Value{}, NewTypeError("filter expected 2 arguments, got %d", len(args))
		}
		it, err := Iter(args[1])
		if err != nil {
			return Value{}, err
		}
		return ValueOf(&filterObj{Header{t}, args[0], it}), nil
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
				if r, err = Call(f.fn, []Value{x}, nil); err != nil {
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
		if len(kw) > 0 {
			return Value{}, NewTypeError("reversed() takes no keyword arguments")
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
		return ValueOf(&reversedObj{Header{t}, seq, int64(n) - 1}), nil
	}
	ReversedType.Next = func(v Value) (Value, *Exception) {
		r := ptrOf[reversedObj](v)
		if r.i < 0 {
			return Value{}, nil
		}
		x, err := GetItem(r.seq, Int(r.i))
		r.i--
		if err != nil && (err.Matches(IndexErrorType) || err.Matches(StopIterationType)) {
			r.i = -1
			return Value{}, nil
		}
		return x, err
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
}

func zip_next(v Value) (Value, *Exception) {
	z := ptrOf[zipObj](v)
	if len(z.its) == 0 {
		return Value{}, nil
	}
	items := make([]Value, len(z.its))
	for i, it := range z.its {
		x, err := Next(it)
		if err != nil {
			return Value{}, err
		}
		if x.IsNull() {
			if z.strict {
				return Value{}, zipStrictError(z, i)
			}
			return Value{}, nil
		}
		items[i] = x
	}
	return TupleValue(items...), nil
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
