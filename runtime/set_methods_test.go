// This file tests the Python-visible set and frozenset: reprs, operators and their
// result types and orders, methods with several arguments, iteration that detects
// mutation, and CPython 3.11's error messages. Expected values come from python3.11
// (PYTHONHASHSEED=0 where strings are involved).

package runtime

import "testing"

func setOf(vs ...Value) *Set {
	s := NewSet()
	s.AddAll(vs)
	return s
}

func TestSetOperatorsAndTypes(t *testing.T) {
	s := setOf(ints(10, 3, 7, 1000)...)
	f := NewFrozenSet()
	f.Merge(s)
	check := func(what string, v Value, err *Exception, want string) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if got := reprOf(t, v); got != want {
			t.Fatalf("%s = %s, want %s", what, got, want)
		}
	}
	r, err := BinaryOp(s.Value(), f.Value(), NbOr)
	check("s|f", r, err, "{3, 7, 1000, 10}")
	r, err = BinaryOp(f.Value(), s.Value(), NbOr)
	check("f|s", r, err, "frozenset({3, 7, 1000, 10})")
	r, err = BinaryOp(f.Value(), setOf(ints(3, 7)...).Value(), NbAnd)
	check("f&{3,7}", r, err, "frozenset({3, 7})")
	r, err = BinaryOp(f.Value(), setOf(Int(3)).Value(), NbSubtract)
	check("f-{3}", r, err, "frozenset({1000, 10, 7})")
	r, err = BinaryOp(f.Value(), setOf(ints(3, 99)...).Value(), NbXor)
	check("f^{3,99}", r, err, "frozenset({99, 7, 1000, 10})")
	_, err = BinaryOp(s.Value(), TupleValue(), NbOr)
	wantErr(t, err, "TypeError: unsupported operand type(s) for |: 'set' and 'tuple'")

	s.Add(Int(5))
	r, err = set_union(s.Value(), []Value{TupleValue(NewList(ints(1, 2)), NewList(ints(3, 4)))})
	check("union", r, err, "{1, 2, 3, 4, 5, 7, 1000, 10}")
	r, err = set_intersection_multi(s.Value(), []Value{TupleValue(NewList(ints(3, 10, 99)), NewList(ints(3)))})
	check("intersection", r, err, "{3}")
	r, err = set_difference_multi(s.Value(), []Value{TupleValue(NewList(ints(3)), NewList(ints(7)))})
	check("difference", r, err, "{5, 1000, 10}")
	r, err = set_symmetric_difference(s.Value(), []Value{NewList(ints(3, 500))})
	check("symmetric_difference", r, err, "{5, 7, 1000, 10, 500}")

	r, err = BinaryOp(s.Value(), setOf(Int(1)).Value(), NbOr+NbInplace)
	if err != nil || r != s.Value() || s.Len() != 6 {
		t.Fatalf("|= %v", err)
	}
	if r, _ = BinaryOp(f.Value(), setOf(Int(1)).Value(), NbOr+NbInplace); r == f.Value() || f.Len() != 4 {
		t.Fatal("frozenset |= must build a new object")
	}
}

func TestSetReprAndHash(t *testing.T) {
	for _, c := range []struct {
		v    Value
		want string
	}{
		{NewSet().Value(), "set()"},
		{NewFrozenSet().Value(), "frozenset()"},
		{setOf(ints(1, 2)...).Value(), "{1, 2}"},
	} {
		if got := reprOf(t, c.v); got != c.want {
			t.Fatalf("repr %s want %s", got, c.want)
		}
	}
	f := NewFrozenSet()
	f.AddAll(ints(10, 3, 7, 1000))
	if h, err := Hash(f.Value()); err != nil || h != 220639721614253634 {
		t.Fatalf("hash %d %v", h, err)
	}
	_, err := Hash(NewSet().Value())
	wantErr(t, err, "TypeError: unhashable type: 'set'")
}

func TestSetErrorsAndContains(t *testing.T) {
	_, err := set_pop(NewSet().Value(), nil)
	wantStrErr(t, err, "KeyError: 'pop from an empty set'")
	_, err = set_remove(NewSet().Value(), []Value{Int(1)})
	wantErr(t, err, "KeyError: 1")
	_, err = set_remove(setOf(Int(1)).Value(), []Value{setOf(Int(2)).Value()})
	wantErr(t, err, "KeyError: {2}")
	fs := NewFrozenSet()
	fs.Add(Int(2))
	outer := setOf(fs.Value())
	if in, err := Contains(outer.Value(), setOf(Int(2)).Value()); !in || err != nil {
		t.Fatal("set key is looked up as a frozenset")
	}
	if _, err := set_discard(outer.Value(), []Value{setOf(Int(2)).Value()}); err != nil || outer.Len() != 0 {
		t.Fatal("discard of a set key")
	}
	_, err = outer.Contains(NewDict().Value())
	wantErr(t, err, "TypeError: unhashable type: 'dict'")

	wantErr(t, set_init(NewSet().Value(), []Value{TupleValue(), TupleValue()}, nil), "TypeError: set expected at most 1 argument, got 2")
	_, err = set_new(SetType, []Value{Int(1)}, []*Str{Intern("x")})
	wantErr(t, err, "TypeError: set() takes no keyword arguments")
	_, err = frozenset_new(FrozenSetType, []Value{Int(1)}, []*Str{Intern("x")})
	wantErr(t, err, "TypeError: frozenset() takes no keyword arguments")
	f := NewFrozenSet()
	if v, _ := frozenset_new(FrozenSetType, []Value{f.Value()}, nil); v != f.Value() {
		t.Fatal("frozenset(f) is f")
	}
}

func TestSetIterationMutation(t *testing.T) {
	s := setOf(ints(10, 3, 7, 1000)...)
	it, _ := Iter(s.Value())
	if x, _ := Next(it); x != Int(1000) {
		t.Fatal("first element")
	}
	s.Add(Int(5))
	_, err := Next(it)
	wantErr(t, err, "RuntimeError: Set changed size during iteration")
	s.Discard(Int(5))
	_, err = Next(it)
	wantErr(t, err, "RuntimeError: Set changed size during iteration")
	items, err := iterAll(s.Value())
	if err != nil || len(items) != 4 {
		t.Fatal("fresh iteration")
	}
}

func TestSetComparisons(t *testing.T) {
	s := setOf(ints(10, 3, 7, 1000)...)
	bigger := s.Copy()
	bigger.Add(Int(1))
	f := NewFrozenSet()
	f.Merge(s)
	for _, c := range []struct {
		a, b Value
		op   CompareOp
		want bool
	}{
		{s.Value(), bigger.Value(), Le, true},
		{s.Value(), s.Value(), Lt, false},
		{s.Value(), NewSet().Value(), Gt, true},
		{s.Value(), f.Value(), Eq, true},
		{bigger.Value(), s.Value(), Ge, true},
		{s.Value(), bigger.Value(), Ne, true},
	} {
		got, err := RichCompareBool(c.a, c.b, c.op)
		if err != nil || got != c.want {
			t.Fatalf("%s %s %s = %v %v", reprOf(t, c.a), compareSymbols[c.op], reprOf(t, c.b), got, err)
		}
	}
}
