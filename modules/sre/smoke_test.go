// This file defines a smoke test of the API on a hand-written code list.

package sre

import (
	"math"
	"testing"
)

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

// TestPooledStateForgetsIteration checks that a state recycled after an
// iteration (which leaves must-advance set) starts afresh: sub of "a*" on ""
// must still find the empty match at 0.
func TestPooledStateForgetsIteration(t *testing.T) {
	code := []uint32{OpInfo, 4, 0, 0, MaxRepeat, OpRepeatOne, 6, 0, MaxRepeat, OpLiteral, 'a', OpSuccess, OpSuccess}
	p, err := NewPattern(code, 0)
	if err != nil {
		t.Fatal(err)
	}
	st := p.NewState(StrSubject("b"), 0, math.MaxInt)
	for {
		ok, err := st.Next(true)
		if err != nil || !ok {
			break
		}
	}
	st.Release()
	st = p.NewState(StrSubject(""), 0, math.MaxInt)
	if ok, err := st.Next(true); !ok || err != nil {
		t.Fatalf("no empty match at 0 after reuse: %v %v", ok, err)
	}
}
