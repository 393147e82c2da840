package runtime

import "testing"

// collectReferents returns what Referents reports for v.
func collectReferents(v Value) []Value {
	var out []Value
	Referents(v, func(x Value) { out = append(out, x) })
	return out
}

// The reflection fallback finds the Values and object pointers of a
// registered Go struct, nested non-object structs included, without
// reporting the type in its Header.
type gcwalkTestObj struct {
	Header
	v     Value
	l     *List
	inner *struct{ items []Value }
	n     int
}

func TestTraverseReflect(t *testing.T) {
	typ := NewNativeType(&TypeSpec{Name: "gcwalk_test"}, nil)
	RegisterGoLayout[gcwalkTestObj](typ)
	l := NewList(nil)
	o := &gcwalkTestObj{Header: Header{typ}, v: Int(7), l: ptrOf[List](l),
		inner: &struct{ items []Value }{[]Value{StrValue("a"), {}, None}}}
	got := collectReferents(ValueOf(o))
	want := []Value{Int(7), l, got[2], None}
	if len(got) != 4 {
		t.Fatalf("got %d referents, want 4", len(got))
	}
	for i := range want {
		if i != 2 && got[i] != want[i] {
			t.Errorf("referent %d differs", i)
		}
	}
	if s, ok := got[2].TryStr(); !ok || s.S != "a" {
		t.Errorf("referent 2 is not the str 'a'")
	}
}

func TestRegisterGoLayoutRejectsNonObjects(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic for a struct without a Header")
		}
	}()
	RegisterGoLayout[struct{ v Value }](ObjectType)
}

// Lists and tuples are reported from the last item, dicts value first.
func TestReferentsOrder(t *testing.T) {
	got := collectReferents(NewList([]Value{Int(1), Int(2)}))
	if len(got) != 2 || got[0] != Int(2) || got[1] != Int(1) {
		t.Errorf("list referents %v", got)
	}
	d := NewDict()
	if err := d.SetItem(Int(1), Int(10)); err != nil {
		t.Fatal(err)
	}
	got = collectReferents(d.Value())
	if len(got) != 2 || got[0] != Int(10) || got[1] != Int(1) {
		t.Errorf("dict referents %v", got)
	}
	if len(collectReferents(StrValue("x"))) != 0 {
		t.Error("a str has referents")
	}
}
