// This file defines types.GenericAlias, what list[int] and other
// parameterized builtin classes evaluate to (PEP 585): a proxy of the
// origin class that remembers its arguments, substitutes type variables
// and refuses isinstance checks.

package runtime

import "strings"

// GenericAliasType is types.GenericAlias.
var GenericAliasType = newBuiltinType("types.GenericAlias", ObjectType, FlagBaseType)

type genericAlias struct {
	Header
	origin  Value
	args    *Tuple
	params  *Tuple // computed on first use
	starred bool
	attrs   *Attrs // instance attributes of a subclass's instances
}

// NewGenericAlias returns origin[args] (args a tuple, or one argument).
func NewGenericAlias(origin, args Value) Value {
	t, ok := args.TryTuple()
	if !ok || args.Type() != TupleType {
		t = NewTuple([]Value{args})
	}
	return ValueOf(&genericAlias{Header: Header{GenericAliasType}, origin: origin, args: t})
}

// ClassGetItem is the __class_getitem__ of the builtin generic classes:
// cls[item] is types.GenericAlias(cls, item).
func ClassGetItem(cls Value, a []Value) (Value, *Exception) { return NewGenericAlias(cls, a[0]), nil }

func newGenericAlias(origin, args Value) (Value, *Exception) {
	return NewGenericAlias(origin, args), nil
}

func gaOf(v Value) *genericAlias { return ptrOf[genericAlias](v) }

// isGenericAlias reports whether v is a GenericAlias or an instance of a
// subclass (CPython's _PyGenericAlias_Check).
func isGenericAlias(v Value) bool { return v.Type().IsSubtype(GenericAliasType) }

// gaAttrExceptions are the attributes a GenericAlias answers itself;
// every other attribute is the origin's.
var gaAttrExceptions = map[string]bool{
	"__class__": true, "__origin__": true, "__args__": true, "__unpacked__": true, "__parameters__": true,
	"__typing_unpacked_tuple_args__": true, "__mro_entries__": true, "__reduce_ex__": true, "__reduce__": true,
	"__copy__": true, "__deepcopy__": true,
}

func init() {
	t := GenericAliasType
	t.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		if len(kw) > 0 {
			return Value{}, NewTypeError("GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Value{}, NewTypeError("GenericAlias expected 2 arguments, got %d", len(args))
		}
		v := NewGenericAlias(args[0], args[1])
		if t != GenericAliasType {
			ga := gaOf(v)
			ga.Header, ga.attrs = Header{t}, &Attrs{}
		}
		return v, nil
	}
	t.InstAttrs = func(v Value) *Attrs { return gaOf(v).attrs }
	t.Repr = ga_repr
	t.GetAttr = func(v Value, name *Str) (Value, *Exception) {
		if !gaAttrExceptions[name.S] {
			return GetAttr(gaOf(v).origin, name)
		}
		return GenericGetAttr(v, name)
	}
	t.Call = func(v Value, args []Value, kw []*Str) (Value, *Exception) {
		obj, err := Call(gaOf(v).origin, args, kw)
		if err != nil {
			return Value{}, err
		}
		if err := SetAttr(obj, Intern("__orig_class__"), v); err != nil && !err.Matches(AttributeErrorType) && !err.Matches(TypeErrorType) {
			return Value{}, err
		}
		return obj, nil
	}
	t.GetItem = ga_getitem
	t.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		if !isGenericAlias(w) || (op != Eq && op != Ne) {
			return NotImplemented, nil
		}
		a, b := gaOf(v), gaOf(w)
		eq := a.starred == b.starred
		if eq {
			var err *Exception
			if eq, err = Equal(a.origin, b.origin); err != nil {
				return Value{}, err
			}
		}
		if eq {
			var err *Exception
			if eq, err = Equal(a.args.Value(), b.args.Value()); err != nil {
				return Value{}, err
			}
		}
		return Bool(eq == (op == Eq)), nil
	}
	t.Hash = func(v Value) (int64, *Exception) {
		h1, err := Hash(gaOf(v).origin)
		if err != nil {
			return 0, err
		}
		h2, err := Hash(gaOf(v).args.Value())
		if err != nil {
			return 0, err
		}
		h := h1 ^ h2
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	t.Iter = func(v Value) (Value, *Exception) {
		return ValueOf(&gaIter{Header{gaIterType}, v}), nil // genericalias_iter.go
	}
	t.Number[NbOr] = unionOr
	t.getsets = []GetSetDef{
		{Name: "__origin__", Get: func(v Value) (Value, *Exception) { return gaOf(v).origin, nil }},
		{Name: "__args__", Get: func(v Value) (Value, *Exception) { return gaOf(v).args.Value(), nil }},
		{Name: "__unpacked__", Get: func(v Value) (Value, *Exception) { return Bool(gaOf(v).starred), nil }},
		{Name: "__parameters__", Get: func(v Value) (Value, *Exception) {
			g := gaOf(v)
			if g.params == nil {
				p, err := typeParameters(g.args.items)
				if err != nil {
					return Value{}, err
				}
				g.params = p
			}
			return g.params.Value(), nil
		}},
		{Name: "__typing_unpacked_tuple_args__", Get: func(v Value) (Value, *Exception) {
			g := gaOf(v)
			if g.starred && g.origin.Is(TupleType.Value()) {
				return g.args.Value(), nil
			}
			return None, nil
		}},
	}
	t.methods = []Method{
		{Name: "__mro_entries__", Sig: "bases, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			return TupleValue(gaOf(self).origin), nil
		}},
		{Name: "__instancecheck__", Sig: "obj, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			return Value{}, NewTypeError("isinstance() argument 2 cannot be a parameterized generic")
		}},
		{Name: "__subclasscheck__", Sig: "cls, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			return Value{}, NewTypeError("issubclass() argument 2 cannot be a parameterized generic")
		}},
		{Name: "__reduce__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			g := gaOf(self)
			if g.starred {
				// As ga_reduce: next(iter(origin[args])) remakes *origin[args].
				it, err := Iter(ValueOf(&genericAlias{Header: Header{GenericAliasType}, origin: g.origin, args: g.args}))
				if err != nil {
					return Value{}, err
				}
				next, _ := BuiltinsModule().Dict.GetStr(Intern("next"))
				return TupleValue(next, TupleValue(it)), nil
			}
			return TupleValue(GenericAliasType.Value(), TupleValue(g.origin, g.args.Value())), nil
		}},
		{Name: "__dir__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			dir, _ := BuiltinsModule().Dict.GetStr(Intern("dir")) // PyObject_Dir(origin)
			d, err := Call(dir, []Value{gaOf(self).origin}, nil)
			if err != nil {
				return Value{}, err
			}
			names, err := collectIter(d)
			if err != nil {
				return Value{}, err
			}
			for n := range gaAttrExceptions {
				names = append(names, StrValue(n))
			}
			return NewList(names), nil
		}},
	}
}

// gaReprItem renders one part of a GenericAlias repr as CPython's
// ga_repr_item does.
func gaReprItem(v Value) (string, *Exception) {
	if v.Is(Ellipsis) {
		return "...", nil
	}
	if v.Type() == GenericAliasType {
		return reprString(v)
	}
	if _, err := getAttrOpt(v, Intern("__origin__")); err == nil {
		if args, err := getAttrOpt(v, Intern("__args__")); err == nil && !args.IsNull() {
			return reprString(v) // a typing generic: its own repr
		}
	}
	qn, err := getAttrOpt(v, Intern("__qualname__"))
	if err != nil || qn.IsNull() {
		return reprString(v)
	}
	mod, err := getAttrOpt(v, Intern("__module__"))
	if err != nil || mod.IsNull() || mod.IsNone() {
		return reprString(v)
	}
	qs, _ := StrOf(qn)
	ms, _ := StrOf(mod)
	if qs == nil || ms == nil {
		return reprString(v)
	}
	if ms.S == "builtins" {
		return qs.S, nil
	}
	return ms.S + "." + qs.S, nil
}

func reprString(v Value) (string, *Exception) {
	r, err := Repr(v)
	if err != nil {
		return "", err
	}
	return r.S, nil
}

func ga_repr(v Value) (Value, *Exception) {
	g := gaOf(v)
	var b strings.Builder
	if g.starred {
		b.WriteByte('*')
	}
	o, err := gaReprItem(g.origin)
	if err != nil {
		return Value{}, err
	}
	b.WriteString(o + "[")
	if len(g.args.items) == 0 {
		b.WriteString("()")
	}
	for i, a := range g.args.items {
		if i > 0 {
			b.WriteString(", ")
		}
		var s string
		if l, ok := a.TryList(); ok && a.Type() == ListType {
			parts := make([]string, len(l.items))
			for j, x := range l.items {
				if parts[j], err = gaReprItem(x); err != nil {
					return Value{}, err
				}
			}
			s = "[" + strings.Join(parts, ", ") + "]"
		} else if s, err = gaReprItem(a); err != nil {
			return Value{}, err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return StrValue(b.String()), nil
}

// typeParameters collects the type variables among args, in order and
// without repeats (_Py_make_parameters): objects with __typing_subst__,
// and the __parameters__ of nested generics.
func typeParameters(args []Value) (*Tuple, *Exception) {
	var params []Value
	add := func(p Value) {
		for _, q := range params {
			if q.Is(p) {
				return
			}
		}
		params = append(params, p)
	}
	for _, a := range args {
		if _, ok := a.TryType(); ok {
			continue
		}
		subst, err := getAttrOpt(a, Intern("__typing_subst__"))
		if err != nil {
			return nil, err
		}
		if !subst.IsNull() {
			add(a)
			continue
		}
		sub, err := getAttrOpt(a, Intern("__parameters__"))
		if err != nil {
			return nil, err
		}
		if t, ok := sub.TryTuple(); ok {
			for _, p := range t.items {
				add(p)
			}
		}
	}
	return NewTuple(params), nil
}

// ga_getitem substitutes the alias's type variables (_Py_subs_parameters,
// without TypeVarTuple unpacking).
func ga_getitem(v, key Value) (Value, *Exception) {
	g := gaOf(v)
	pv, err := GetAttrString(v, "__parameters__")
	if err != nil {
		return Value{}, err
	}
	r, err := substParameters(v, g.args.items, pv.AsTuple().items, key)
	if err != nil {
		return Value{}, err
	}
	res := NewGenericAlias(g.origin, TupleValue(r...))
	gaOf(res).starred = g.starred
	return res, nil
}

// substParameters replaces params in args by the items of key, as
// CPython 3.11's _Py_subs_parameters: unpacked tuples among the items are
// spread (*tuple[int, str] counts as two), each parameter's
// __typing_prepare_subst__ (a TypeVarTuple's) may regroup the items, and
// an unpacked TypeVarTuple argument is replaced by the items it received.
func substParameters(self Value, args, params []Value, key Value) ([]Value, *Exception) {
	if len(params) == 0 {
		r, _ := Repr(self)
		return nil, NewTypeError("%s is not a generic class", r.S)
	}
	items, err := unpackSubstArgs(key)
	if err != nil {
		return nil, err
	}
	for _, p := range params {
		prepare, err := getAttrOpt(p, Intern("__typing_prepare_subst__"))
		if err != nil {
			return nil, err
		}
		if prepare.IsNull() || prepare.IsNone() {
			continue
		}
		r, err := Call(prepare, []Value{self, TupleValue(items...)}, nil)
		if err != nil {
			return nil, err
		}
		t, ok := r.TryTuple()
		if !ok {
			items = []Value{r}
		} else {
			items = t.items
		}
	}
	if len(items) != len(params) {
		r, _ := Repr(self)
		what := "many"
		if len(items) < len(params) {
			what = "few"
		}
		return nil, NewTypeError("Too %s arguments for %s; actual %d, expected %d", what, r.S, len(items), len(params))
	}
	out := make([]Value, 0, len(args))
	for _, a := range args {
		if _, ok := a.TryType(); ok {
			out = append(out, a)
			continue
		}
		unpack, err := isUnpackedTypeVarTuple(a)
		if err != nil {
			return nil, err
		}
		x, err := substOne(a, params, items)
		if err != nil {
			return nil, err
		}
		if unpack {
			t, ok := x.TryTuple()
			if !ok {
				return nil, NewTypeError("expected a tuple, not %s", x.Type().Name)
			}
			out = append(out, t.items...)
			continue
		}
		out = append(out, x)
	}
	return out, nil
}

// unpackSubstArgs returns the items of a subscript with each unpacked
// tuple of fixed length (*tuple[int, str]) spread into its arguments
// (CPython's _unpack_args).
func unpackSubstArgs(key Value) ([]Value, *Exception) {
	items := []Value{key}
	if t, ok := key.TryTuple(); ok {
		items = t.items
	}
	out := make([]Value, 0, len(items))
	for _, it := range items {
		if _, ok := it.TryType(); !ok {
			sub, err := unpackedTupleArgs(it)
			if err != nil {
				return nil, err
			}
			if t, ok := sub.TryTuple(); ok && !sub.IsNull() {
				if n := len(t.items); n == 0 || !t.items[n-1].Is(Ellipsis) {
					out = append(out, t.items...)
					continue
				}
			}
		}
		out = append(out, it)
	}
	return out, nil
}

// unpackedTupleArgs returns the arguments of an unpacked tuple type
// (*tuple[...] or *Tuple[...]), or the null Value.
func unpackedTupleArgs(v Value) (Value, *Exception) {
	if isGenericAlias(v) {
		if g := gaOf(v); g.starred && g.origin.Is(TupleType.Value()) {
			return g.args.Value(), nil
		}
	}
	r, err := getAttrOpt(v, Intern("__typing_unpacked_tuple_args__"))
	if err != nil || r.IsNull() || r.IsNone() {
		return Value{}, err
	}
	return r, nil
}

// isUnpackedTypeVarTuple reports whether a is *Ts for a TypeVarTuple Ts.
func isUnpackedTypeVarTuple(a Value) (bool, *Exception) {
	r, err := getAttrOpt(a, Intern("__typing_is_unpacked_typevartuple__"))
	if err != nil || r.IsNull() {
		return false, err
	}
	return IsTrue(r)
}

// substOne substitutes one argument: a parameter through its
// __typing_subst__, anything with parameters of its own by subscripting
// it with their substitutions (a TypeVarTuple's tuple spread).
func substOne(a Value, params, items []Value) (Value, *Exception) {
	subst, err := getAttrOpt(a, Intern("__typing_subst__"))
	if err != nil {
		return Value{}, err
	}
	if !subst.IsNull() {
		for i, p := range params {
			if p.Is(a) {
				return Call(subst, []Value{items[i]}, nil)
			}
		}
		return Value{}, NewTypeError("%s is not a parameter", a.Type().Name)
	}
	sub, err := getAttrOpt(a, Intern("__parameters__"))
	if err != nil || sub.IsNull() {
		return a, err
	}
	st, ok := sub.TryTuple()
	if !ok || len(st.items) == 0 {
		return a, nil
	}
	subItems := make([]Value, 0, len(st.items))
	for _, q := range st.items {
		x := q
		for i, p := range params {
			if p.Is(q) {
				x = items[i]
				if t, ok := x.TryTuple(); ok && p.Type().Iter != nil {
					subItems = append(subItems, t.items...)
					x = Value{}
				}
				break
			}
		}
		if !x.IsNull() {
			subItems = append(subItems, x)
		}
	}
	return GetItem(a, TupleValue(subItems...))
}
