// This file tests the Python-visible dict: repr with recursion, iteration that
// detects mutation, the methods' results and CPython 3.11's error messages, the |
// operators, and the views with their set operations. Expected values were taken
// from python3.11.

package runtime

import (
	"strings"
	"testing"
)

// dictOf builds a dict from alternating keys and values.
func dictOf(t *testing.T, kv ...Value) *Dict {
	t.Helper()
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		mustSet(t, d, kv[i], kv[i+1])
	}
	return d
}

func ints(ns ...int64) []Value {
	vs := make([]Value, len(ns))
	for i, n := range ns {
		vs[i] = Int(n)
	}
	return vs
}

// reprOf returns repr(v), failing the test on error.
func reprOf(t *testing.T, v Value) string {
	t.Helper()
	s, err := Repr(v)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s.S
}

// wantErr checks that err is the exception "Type: message".
func wantErr(t *testing.T, err *Exception, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s", want)
	}
	if got := err.Error(); got != want {
		t.Fatalf("error %q, want %q", got, want)
	}
}

// wantStrErr is wantErr for a message that shows a str's repr, which needs the str
// type's repr slot (another helper's work): without it only the type is checked.
func wantStrErr(t *testing.T, err *Exception, want string) {
	t.Helper()
	if r, _ := Repr(StrValue("x")); r.S != "'x'" {
		if err == nil || !strings.HasPrefix(want, err.Type().Name+":") {
			t.Fatalf("error %v, want %s", err, want)
		}
		return
	}
	wantErr(t, err, want)
}

// iterAll drains an iterator, returning the items and the error that stopped it.
func iterAll(v Value) ([]Value, *Exception) {
	it, err := Iter(v)
	if err != nil {
		return nil, err
	}
	var items []Value
	for {
		x, err := Next(it)
		if err != nil || x.IsNull() {
			return items, err
		}
		items = append(items, x)
	}
}

func TestDictRepr(t *testing.T) {
	d := dictOf(t, Int(1), Int(2), None, True)
	if got := reprOf(t, d.Value()); got != "{1: 2, None: True}" {
		t.Fatalf("repr %s", got)
	}
	mustSet(t, d, Int(3), d.Value())
	if got := reprOf(t, d.Value()); got != "{1: 2, None: True, 3: {...}}" {
		t.Fatalf("recursive repr %s", got)
	}
	if got := reprOf(t, NewDict().Value()); got != "{}" {
		t.Fatalf("empty repr %s", got)
	}
	vals, _ := dict_values(d.Value(), nil)
	if got := reprOf(t, vals); got != "dict_values([2, True, {1: 2, None: True, 3: {...}}])" {
		t.Fatalf("values repr %s", got)
	}
	items, _ := dict_items(dictOf(t, Int(1), Int(2)).Value(), nil)
	if got := reprOf(t, items); got != "dict_items([(1, 2)])" {
		t.Fatalf("items repr %s", got)
	}
}

func TestDictIterationMutation(t *testing.T) {
	d := dictOf(t, Int(1), Int(1), Int(2), Int(2))
	it, _ := Iter(d.Value())
	if x, _ := Next(it); x != Int(1) {
		t.Fatal("first key")
	}
	mustSet(t, d, Int(3), Int(3))
	_, err := Next(it)
	wantErr(t, err, "RuntimeError: dictionary changed size during iteration")
	_, err = Next(it) // sticky, even though the size is back
	d.DelItem(Int(3))
	_, err = Next(it)
	wantErr(t, err, "RuntimeError: dictionary changed size during iteration")

	// Same size, different keys: detected when more keys come than expected.
	d = dictOf(t, Int(1), Int(1), Int(2), Int(2))
	it, _ = Iter(d.Value())
	Next(it)
	d.DelItem(Int(1))
	mustSet(t, d, Int(5), Int(5))
	Next(it) // 2
	_, err = Next(it)
	wantErr(t, err, "RuntimeError: dictionary keys changed during iteration")

	// Replacing values is allowed.
	d = dictOf(t, Int(1), Int(1), Int(2), Int(2))
	it, _ = Iter(d.Value())
	for {
		k, err := Next(it)
		if err != nil {
			t.Fatal(err)
		}
		if k.IsNull() {
			break
		}
		mustSet(t, d, k, Int(0))
	}
}

func TestDictReversed(t *testing.T) {
	d := dictOf(t, Int(1), Int(1), Int(2), Int(2), Int(3), Int(3))
	d.DelItem(Int(3))
	r, _ := dict___reversed__(d.Value(), nil)
	items, err := iterAll(r)
	if err != nil || len(items) != 2 || items[0] != Int(2) || items[1] != Int(1) {
		t.Fatalf("reversed %v %v", items, err)
	}
	hint, _ := dictiter_len(r, nil)
	if hint != Int(0) {
		t.Fatal("length hint of exhausted iterator")
	}
}

func TestDictMethodErrors(t *testing.T) {
	empty := NewDict().Value()
	_, err := dict_pop(empty, []Value{ValueOf(NewDict()), {}})
	wantErr(t, err, "KeyError: {}") // an empty dict does not hash the key
	_, err = dict_pop(dictOf(t, Int(1), Int(1)).Value(), []Value{ValueOf(NewDict()), {}})
	wantErr(t, err, "TypeError: unhashable type: 'dict'")
	_, err = dict_popitem(empty, nil)
	wantStrErr(t, err, "KeyError: 'popitem(): dictionary is empty'")
	_, err = dict_subscript(empty, Int(7))
	wantErr(t, err, "KeyError: 7")
	err = dict_ass_sub(empty, Int(7), Value{})
	wantErr(t, err, "KeyError: 7")
	if v, err := dict_pop(empty, []Value{Int(1), Int(9)}); err != nil || v != Int(9) {
		t.Fatal("pop default")
	}
	if v, _ := dict_get(empty, []Value{Int(1), {}}); v != None {
		t.Fatal("get default")
	}
	d := NewDict()
	if v, _ := dict_setdefault(d.Value(), []Value{Int(1), {}}); v != None || d.Len() != 1 {
		t.Fatal("setdefault")
	}
}

func TestDictUpdateFromPairs(t *testing.T) {
	d := NewDict()
	pairs := NewList([]Value{TupleValue(Int(1), Int(2)), TupleValue(Int(3), Int(4))})
	if _, err := dict_update(d.Value(), []Value{TupleValue(pairs), {}}); err != nil {
		t.Fatal(err)
	}
	if got := reprOf(t, d.Value()); got != "{1: 2, 3: 4}" {
		t.Fatalf("update %s", got)
	}
	_, err := dict_update(d.Value(), []Value{TupleValue(NewList(ints(1, 2, 3))), {}})
	wantErr(t, err, "TypeError: cannot convert dictionary update sequence element #0 to a sequence")
	_, err = dict_update(d.Value(), []Value{TupleValue(NewList([]Value{TupleValue(Int(1)), TupleValue(Int(1), Int(2), Int(3))})), {}})
	wantErr(t, err, "ValueError: dictionary update sequence element #0 has length 1; 2 is required")
	_, err = dict_update(d.Value(), []Value{TupleValue(Int(1), Int(2)), {}})
	wantErr(t, err, "TypeError: update expected at most 1 argument, got 2")
	_, err = dict_update(d.Value(), []Value{TupleValue(Int(5)), {}})
	wantErr(t, err, "TypeError: 'int' object is not iterable")
}

func TestDictOr(t *testing.T) {
	a := dictOf(t, Int(1), Int(1), Int(2), Int(2))
	b := dictOf(t, Int(2), Int(20), Int(3), Int(30))
	r, err := BinaryOp(a.Value(), b.Value(), NbOr)
	if err != nil || reprOf(t, r) != "{1: 1, 2: 20, 3: 30}" {
		t.Fatalf("| %v %v", r, err)
	}
	_, err = BinaryOp(a.Value(), TupleValue(), NbOr)
	wantErr(t, err, "TypeError: unsupported operand type(s) for |: 'dict' and 'tuple'")
	r, err = BinaryOp(a.Value(), NewList([]Value{TupleValue(Int(9), Int(9))}), NbOr+NbInplace)
	if err != nil || r != a.Value() || reprOf(t, r) != "{1: 1, 2: 2, 9: 9}" {
		t.Fatalf("|= %v", err)
	}
}

func TestDictEquality(t *testing.T) {
	a := dictOf(t, Int(1), Int(1), Int(2), Int(2))
	b := dictOf(t, Int(2), Int(2), Int(1), Int(1))
	if eq, err := RichCompareBool(a.Value(), b.Value(), Eq); !eq || err != nil {
		t.Fatal("order must not matter")
	}
	mustSet(t, b, Int(1), Int(5))
	if eq, _ := RichCompareBool(a.Value(), b.Value(), Ne); !eq {
		t.Fatal("!=")
	}
	_, err := RichCompare(a.Value(), b.Value(), Lt)
	wantErr(t, err, "TypeError: '<' not supported between instances of 'dict' and 'dict'")
}

func TestDictFromKeys(t *testing.T) {
	s := NewSet()
	s.AddAll(ints(1000, 3, 7, 10))
	r, err := dict_fromkeys(DictType.Value(), []Value{s.Value(), {}})
	if err != nil || reprOf(t, r) != "{1000: None, 10: None, 3: None, 7: None}" {
		t.Fatalf("fromkeys %v", err)
	}
}

func TestDictViewsSetOps(t *testing.T) {
	d := dictOf(t, Int(1), Int(1), Int(2), Int(2), Int(3), Int(3))
	keys, _ := dict_keys(d.Value(), nil)
	other := NewSet()
	other.AddAll(ints(2, 3, 4))
	cases := []struct {
		op   BinOp
		want string
	}{
		{NbAnd, "{2, 3}"}, {NbOr, "{1, 2, 3, 4}"}, {NbSubtract, "{1}"}, {NbXor, "{1, 4}"},
	}
	for _, c := range cases {
		r, err := BinaryOp(keys, other.Value(), c.op)
		if err != nil || reprOf(t, r) != c.want {
			t.Fatalf("keys %s: %v %v", binOpSymbols[c.op], r, err)
		}
	}
	// {2, 3, 4} - d.keys() converts the left operand.
	r, err := BinaryOp(other.Value(), keys, NbSubtract)
	if err != nil || reprOf(t, r) != "{4}" {
		t.Fatalf("set - keys: %v", err)
	}
	items, _ := dict_items(d.Value(), nil)
	d2 := dictOf(t, Int(1), Int(1), Int(2), Int(5))
	items2, _ := dict_items(d2.Value(), nil)
	r, err = BinaryOp(items, items2, NbXor)
	if err != nil || reprOf(t, r) != "{(2, 5), (3, 3), (2, 2)}" {
		t.Fatalf("items ^: %s %v", reprOf(t, r), err)
	}
	if in, _ := Contains(items, TupleValue(Int(2), Int(2))); !in {
		t.Fatal("(2, 2) in items")
	}
	if in, _ := Contains(items, TupleValue(Int(2), Int(3))); in {
		t.Fatal("(2, 3) in items")
	}
	if eq, _ := RichCompareBool(keys, other.Value(), Eq); eq {
		t.Fatal("keys == set")
	}
	sub := NewSet()
	sub.AddAll(ints(1, 2, 3, 4))
	if lt, _ := RichCompareBool(keys, sub.Value(), Lt); !lt {
		t.Fatal("keys < set")
	}
	dis, _ := dictviews_isdisjoint(keys, []Value{NewList(ints(7, 8))})
	if dis != True {
		t.Fatal("isdisjoint")
	}
	if !strings.HasPrefix(reprOf(t, keys), "dict_keys([1, 2, 3])") {
		t.Fatal("keys repr")
	}
}
