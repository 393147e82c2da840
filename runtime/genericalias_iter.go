// This file defines generic_alias_iterator, what iter(tuple[int]) gives:
// one item, the unpacked alias *tuple[int]. Its __reduce__ names the alias
// itself, so copying or pickling *tuple[int] (reduced to next(iter(...)))
// does not recurse.

package runtime

var gaIterType = newBuiltinType("generic_alias_iterator", ObjectType, 0)

type gaIter struct {
	Header
	obj Value // the alias, null once iterated
}

func init() {
	gaIterType.Iter = selfIter
	gaIterType.Next = func(v Value) (Value, *Exception) {
		it := ptrOf[gaIter](v)
		if it.obj.IsNull() {
			return Value{}, nil
		}
		g := gaOf(it.obj)
		it.obj = Value{}
		return ValueOf(&genericAlias{Header: Header{GenericAliasType}, origin: g.origin, args: g.args, starred: true}), nil
	}
	gaIterType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		iter, _ := BuiltinsModule().Dict.GetStr(Intern("iter"))
		it := ptrOf[gaIter](self)
		if it.obj.IsNull() {
			return TupleValue(iter, TupleValue(TupleValue())), nil
		}
		return TupleValue(iter, TupleValue(it.obj)), nil
	}}}
}
