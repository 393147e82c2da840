// This file defines a smoke test of the API on a hand-written code list.

package sre

import "testing"

func TestSmoke(t *testing.T) {
	// (a|b)
	code := []uint32{14, 8, 4, 1, 1, 22, 97, 98, 0, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 1}
	p, _ := NewPattern(code, 1)
	st := p.NewState(StrSubject("xxb"), 0, 100)
	ok, err := st.Search()
	a, b := st.Span(1)
	if !ok || err != nil || a != 2 || b != 3 || st.LastIndex() != 1 {
		t.Fatal(ok, err, a, b, st.LastIndex())
	}
}
