// This file tests Dict beyond the differential test: lookups whose __eq__ mutates or
// raises, keys versions for inline caches, the str fast paths and popitem.

package runtime

import "testing"

// testKey is a key object whose hash and __eq__ are Go functions, standing in for a
// Python class with __hash__ and __eq__.
type testKey struct {
	Header
	h    int64
	id   int
	onEq func() *Exception
}

var testKeyType = &Type{Header: Header{TypeType}, Name: "K", Qualname: "K", Base: ObjectType, Bases: []*Type{ObjectType}}

func init() {
	t := testKeyType
	_ = &Type{Header: Header{TypeType}, Name: "K", Qualname: "K", Base: ObjectType, Bases: []*Type{ObjectType}}
	t.MRO = []*Type{t, ObjectType}
	t.Hash = func(v Value) (int64, *Exception) { return ptrOf[testKey](v).h, nil }
	t.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		a := ptrOf[testKey](v)
		if a.onEq != nil {
			if err := a.onEq(); err != nil {
				return Value{}, err
			}
		}
		if w.Type() != t || op != Eq {
			return NotImplemented, nil
		}
		return Bool(a.id == ptrOf[testKey](w).id), nil
	}
}

func newTestKey(h int64, id int) *testKey { return &testKey{Header{testKeyType}, h, id, nil} }

func mustSet(t *testing.T, d *Dict, k, v Value) {
	t.Helper()
	if err := d.SetItem(k, v); err != nil {
		t.Fatal(err)
	}
}

func TestDictEqClearsDictDuringInsert(t *testing.T) {
	d := NewDict()
	k1, k2 := newTestKey(5, 1), newTestKey(5, 2)
	mustSet(t, d, ValueOf(k1), Int(1))
	k1.onEq = func() *Exception { k1.onEq = nil; d.Clear(); return nil }
	mustSet(t, d, ValueOf(k2), Int(2))
	if d.Len() != 1 || d.Keys()[0] != ValueOf(k2) {
		t.Fatalf("after clear-in-eq: len %d keys %v", d.Len(), d.Keys())
	}
}

func TestDictEqReplacesKeyDuringLookup(t *testing.T) {
	d := NewDict()
	k1, k2, k3 := newTestKey(5, 1), newTestKey(5, 2), newTestKey(5, 2)
	mustSet(t, d, ValueOf(k1), Int(1))
	mustSet(t, d, ValueOf(k2), Int(2))
	// Comparing with k1 deletes it: the lookup restarts and finds k2 == k3.
	k1.onEq = func() *Exception {
		k1.onEq = nil
		_, _, err := d.DelItem(ValueOf(k1))
		return err
	}
	v, found, err := d.GetItem(ValueOf(k3))
	if err != nil || !found || v != Int(2) || d.Len() != 1 {
		t.Fatalf("got %v %v %v len %d", v, found, err, d.Len())
	}
}

func TestDictEqGrowsDictDuringLookup(t *testing.T) {
	d := NewDict()
	k1, k2 := newTestKey(5, 1), newTestKey(5, 2)
	mustSet(t, d, ValueOf(k1), Int(1))
	k1.onEq = func() *Exception {
		k1.onEq = nil
		for i := 0; i < 100; i++ {
			mustSet(t, d, Int(int64(i)), Int(0))
		}
		return nil
	}
	mustSet(t, d, ValueOf(k2), Int(2))
	if d.Len() != 102 || d.Keys()[101] != ValueOf(k2) {
		t.Fatalf("len %d", d.Len())
	}
}

func TestDictEqRaises(t *testing.T) {
	d := NewDict()
	k1, k2 := newTestKey(5, 1), newTestKey(5, 2)
	mustSet(t, d, ValueOf(k1), Int(1))
	k1.onEq = func() *Exception { return NewValueError("boom") }
	if err := d.SetItem(ValueOf(k2), Int(2)); err == nil || err.Error() != "ValueError: boom" {
		t.Fatalf("err %v", err)
	}
	if _, _, err := d.DelItem(ValueOf(k2)); err == nil {
		t.Fatal("DelItem: no error")
	}
	if d.Len() != 1 {
		t.Fatalf("len %d", d.Len())
	}
	// The same key object is found by identity without calling __eq__.
	if _, found, err := d.GetItem(ValueOf(k1)); !found || err != nil {
		t.Fatal("identity lookup failed")
	}
}

func TestDictUnhashable(t *testing.T) {
	d := NewDict()
	err := d.SetItem(ValueOf(d), Int(1))
	if err == nil || err.Error() != "TypeError: unhashable type: 'dict'" {
		t.Fatalf("err %v", err)
	}
}

func TestDictKeysVersion(t *testing.T) {
	d := NewDict()
	a, b := Intern("a"), Intern("b")
	d.SetStr(a, Int(1))
	v1 := d.KeysVersion()
	if v1 == 0 || d.KeysVersion() != v1 {
		t.Fatal("version not stable")
	}
	d.SetStr(a, Int(2)) // value change: same version
	if d.KeysVersion() != v1 {
		t.Fatal("value assignment changed the keys version")
	}
	ix := d.LookupStrIndex(a)
	if ix < 0 || d.EntryValue(ix) != Int(2) {
		t.Fatal("LookupStrIndex")
	}
	steps := []func(){
		func() { d.SetStr(b, Int(3)) },
		func() { d.DelStr(b) },
		func() { d.SetStr(b, Int(3)); d.PopItem() },
		func() { d.Clear() },
	}
	prev := v1
	for i, step := range steps {
		step()
		if v := d.KeysVersion(); v == prev {
			t.Fatalf("step %d kept version %d", i, v)
		} else {
			prev = v
		}
	}
	// A resize moves entries: the version changes even with the same key set.
	d2 := NewDict()
	for i := 0; i < 5; i++ {
		mustSet(t, d2, Int(int64(i)), Int(0))
	}
	d2.DelItem(Int(0))
	v := d2.KeysVersion()
	mustSet(t, d2, Int(10), Int(0)) // usable exhausted: compacting resize
	if d2.KeysVersion() == v || d2.LookupStrIndex(a) != -1 {
		t.Fatal("resize kept the version")
	}
}

func TestDictStrFastPaths(t *testing.T) {
	d := NewDict()
	d.SetStr(Intern("spam"), Int(1))
	if v, ok := d.GetStr(NewStr("spam")); !ok || v != Int(1) {
		t.Fatal("non-interned lookup of an interned key")
	}
	mustSet(t, d, ValueOf(NewStr("eggs")), Int(2))
	if v, ok := d.GetStr(Intern("eggs")); !ok || v != Int(2) {
		t.Fatal("interned lookup of a non-interned key")
	}
	// A key of another type with the same hash as a str is compared generically.
	collide := newTestKey(Intern("ham").Hash(), 9)
	mustSet(t, d, ValueOf(collide), Int(3))
	d.SetStr(Intern("ham"), Int(4))
	if v, ok := d.GetStr(Intern("ham")); !ok || v != Int(4) || d.Len() != 4 {
		t.Fatalf("ham: %v %v len %d", v, ok, d.Len())
	}
	if !d.DelStr(NewStr("ham")) || d.DelStr(Intern("ham")) {
		t.Fatal("DelStr")
	}
}

func TestDictEqualKeysKeepFirstObject(t *testing.T) {
	if eq, _ := RichCompareBool(Int(1), True, Eq); !eq {
		t.Skip("1 == True needs int comparison in the object model")
	}
	d := NewDict()
	mustSet(t, d, Int(1), Int(1))
	mustSet(t, d, Float(1.0), Int(2))
	mustSet(t, d, True, Int(3))
	keys := d.Keys()
	if len(keys) != 1 || keys[0] != Int(1) {
		t.Fatalf("keys %v", keys)
	}
	if v, _, _ := d.GetItem(True); v != Int(3) {
		t.Fatal("value not replaced")
	}
}

func TestDictPopItemLIFO(t *testing.T) {
	d := NewDict()
	for i := 0; i < 20; i++ {
		mustSet(t, d, Int(int64(i)), Int(int64(i)))
	}
	d.DelItem(Int(19))
	for want := int64(18); want >= 0; want-- {
		k, _, ok := d.PopItem()
		if !ok || k != Int(want) {
			t.Fatalf("popped %v want %d", k, want)
		}
		if want == 10 {
			mustSet(t, d, Int(100), Int(0))
			if k, _, _ := d.PopItem(); k != Int(100) {
				t.Fatal("popitem after insert")
			}
		}
	}
	if _, _, ok := d.PopItem(); ok {
		t.Fatal("popitem on empty")
	}
}

func TestDictUpdateAndCopy(t *testing.T) {
	a, b := NewDict(), NewDict()
	for i := 0; i < 30; i++ {
		mustSet(t, a, Int(int64(i)), Int(1))
		mustSet(t, b, Int(int64(40-i)), Int(2))
	}
	a.DelItem(Int(3))
	if err := a.Update(b); err != nil {
		t.Fatal(err)
	}
	c := a.Copy()
	keys := c.Keys()
	if c.Len() != 40 || keys[0] != Int(0) || keys[3] != Int(4) || keys[29] != Int(40) {
		t.Fatalf("len %d keys %v", c.Len(), keys)
	}
	if v, _, _ := c.GetItem(Int(20)); v != Int(2) {
		t.Fatal("update did not replace")
	}
}

func TestDictFromItemsSizes(t *testing.T) {
	// python3.11: {'a':1,...,'f':6}.__sizeof__() == 256; with int keys, or one int key, 336.
	strs := []Value{}
	for _, k := range []string{"a", "b", "c", "d", "e", "f"} {
		strs = append(strs, ValueOf(NewStr(k)))
	}
	for _, c := range []struct {
		keys []Value
		want int64
	}{
		{strs, 256},
		{ints(1, 2, 3, 4, 5, 6), 336},
		{append(append([]Value{}, strs[:5]...), Int(6)), 336},
	} {
		d, err := NewDictFromItems(c.keys, ints(1, 2, 3, 4, 5, 6))
		if err != nil {
			t.Fatal(err)
		}
		if size, _ := dict___sizeof__(d.Value(), nil); size != Int(c.want) {
			t.Fatalf("sizeof %v want %d", size, c.want)
		}
	}
}
