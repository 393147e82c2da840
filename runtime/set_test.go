// This file tests Set beyond the differential test: lookups whose __eq__ mutates or
// raises, pop order, and the frozenset hash.

package runtime

import "testing"

func TestSetEqMutatesDuringAdd(t *testing.T) {
	s := NewSet()
	k1, k2 := newTestKey(5, 1), newTestKey(5, 2)
	if err := s.Add(ValueOf(k1)); err != nil {
		t.Fatal(err)
	}
	k1.onEq = func() *Exception {
		k1.onEq = nil
		for i := 0; i < 50; i++ { // forces resizes
			s.Add(Int(int64(i)))
		}
		return nil
	}
	if err := s.Add(ValueOf(k2)); err != nil {
		t.Fatal(err)
	}
	if s.Len() != 52 {
		t.Fatalf("len %d", s.Len())
	}
	if in, _ := s.Contains(ValueOf(k2)); !in {
		t.Fatal("k2 missing")
	}
}

func TestSetEqClearsDuringContains(t *testing.T) {
	s := NewSet()
	k1, k2 := newTestKey(5, 1), newTestKey(5, 1)
	s.Add(ValueOf(k1))
	k1.onEq = func() *Exception { k1.onEq = nil; s.Clear(); return nil }
	in, err := s.Contains(ValueOf(k2))
	if err != nil || in || s.Len() != 0 {
		t.Fatalf("in %v err %v len %d", in, err, s.Len())
	}
}

func TestSetEqRaises(t *testing.T) {
	s := NewSet()
	k1, k2 := newTestKey(5, 1), newTestKey(5, 2)
	s.Add(ValueOf(k1))
	k1.onEq = func() *Exception { return NewValueError("boom") }
	if err := s.Add(ValueOf(k2)); err == nil {
		t.Fatal("Add: no error")
	}
	if _, err := s.Discard(ValueOf(k2)); err == nil {
		t.Fatal("Discard: no error")
	}
	other := NewSet()
	other.Add(ValueOf(k2))
	if _, err := s.Intersection(other); err == nil {
		t.Fatal("Intersection: no error")
	}
	if s.Len() != 1 {
		t.Fatalf("len %d", s.Len())
	}
}

func TestSetPopOrder(t *testing.T) {
	// python3.11: s = {10, 3, 7, 1000}; [s.pop() for _ in range(4)] == [1000, 10, 3, 7]
	s := NewSet()
	for _, i := range []int64{10, 3, 7, 1000} {
		s.Add(Int(i))
	}
	want := []int64{1000, 10, 3, 7}
	for _, w := range want {
		k, ok := s.Pop()
		if !ok || k != Int(w) {
			t.Fatalf("pop %v want %d", k, w)
		}
	}
	if _, ok := s.Pop(); ok {
		t.Fatal("pop from empty")
	}
}

func TestFrozenSetHash(t *testing.T) {
	// python3.11: hash(frozenset()) == 133146708735736,
	// hash(frozenset({1, 2, 3})) == -272375401224217160
	f := NewFrozenSet()
	if h := f.FrozenSetHash(); h != 133146708735736 {
		t.Fatalf("empty: %d", h)
	}
	g := NewFrozenSet()
	for i := int64(1); i <= 3; i++ {
		g.Add(Int(i))
	}
	if h := g.FrozenSetHash(); h != -272375401224217160 {
		t.Fatalf("{1,2,3}: %d", h)
	}
}
