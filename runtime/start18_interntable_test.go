package runtime

import (
	"strconv"
	"testing"
)

// TestInternSetGrows fills an internSet past several doublings and finds
// every str again, and none it never held.
func TestInternSetGrows(t *testing.T) {
	var set internSet
	var all []*Str
	for i := 0; i < 3*internSetSize; i++ {
		s := NewStr("name" + strconv.Itoa(i))
		set.add(s)
		all = append(all, s)
	}
	if set.n != len(all) || len(set.slots) < 4*len(all)/3 {
		t.Fatalf("n=%d slots=%d for %d strs", set.n, len(set.slots), len(all))
	}
	for _, s := range all {
		if got, ok := set.find(s.S); !ok || got != s {
			t.Fatalf("find(%q) = %p, %v; want %p", s.S, got, ok, s)
		}
		if got, ok := set.findBytes([]byte(s.S)); !ok || got != s {
			t.Fatalf("findBytes(%q) = %p, %v", s.S, got, ok)
		}
	}
	for _, s := range []string{"", "name", "name-1", "name" + strconv.Itoa(3*internSetSize)} {
		if got, ok := set.find(s); ok {
			t.Fatalf("find(%q) = %q, want absent", s, got.S)
		}
	}
}

// TestInternSetEmpty looks up in a set that has no table yet.
func TestInternSetEmpty(t *testing.T) {
	var set internSet
	if _, ok := set.find("x"); ok {
		t.Fatal("empty set found x")
	}
}

// TestInternOneObject checks that Intern and InternStr agree on the one
// object per text, including texts first met through either.
func TestInternOneObject(t *testing.T) {
	a := Intern("start18_intern_probe")
	if b := Intern(string([]byte("start18_intern_probe"))); a != b {
		t.Fatal("Intern gave two objects for one text")
	}
	if b := internBytes([]byte("start18_intern_probe")); a != b {
		t.Fatal("internBytes disagrees with Intern")
	}
	s := NewStr("start18_intern_other")
	if got := InternStr(s); got != s || !s.IsInterned() {
		t.Fatal("InternStr did not adopt a new text's str")
	}
	if got := Intern("start18_intern_other"); got != s {
		t.Fatal("Intern did not find the str InternStr adopted")
	}
}

// TestMethodCacheTouched checks the pre-written cache still misses on
// every type (entries with version 0 never match).
func TestMethodCacheTouched(t *testing.T) {
	touchMethodCache()
	if v := IntType.Lookup(Intern("__add__")); v.IsNull() {
		t.Fatal("int.__add__ not found after touchMethodCache")
	}
}
