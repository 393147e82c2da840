// This file checks that the unbound Zero/One/Two entries of str's methods
// and isinstance agree with Fn called with the omitted parameters null.
package runtime

import "testing"

// outcome renders a call's result or error for comparison.
func outcome(t *testing.T, r Value, err *Exception) string {
	t.Helper()
	if err != nil {
		return "error " + err.Type().Name + ": " + err.Error()
	}
	s, rerr := Repr(r)
	if rerr != nil {
		t.Fatalf("repr: %v", rerr)
	}
	return r.Type().Name + " " + s.S
}

func TestStrFastEntriesMatchFn(t *testing.T) {
	selves := []Value{StrValue(""), StrValue("a&b a<c> aa"), StrValue("héllo wörld"), StrValue("  x y  ")}
	args := []Value{StrValue("a"), StrValue(""), StrValue("ö"), StrValue("&amp;"), Int(1), Int(-2), None,
		TupleValue(StrValue("x"), StrValue("h")), Float(1.5)}
	seen := 0
	for i := range strMethods {
		m := &strMethods[i]
		if m.Zero == nil && m.One == nil && m.Two == nil {
			continue
		}
		seen++
		np := len(m.signature().names)
		call := func(self Value, a ...Value) string {
			full := make([]Value, np)
			copy(full, a)
			r, err := m.Fn(self, full)
			return outcome(t, r, err)
		}
		for _, self := range selves {
			if m.Zero != nil {
				r, err := m.Zero(self)
				if got, want := outcome(t, r, err), call(self); got != want {
					t.Errorf("%s() on %q: Zero %s, Fn %s", m.Name, self.AsStr().S, got, want)
				}
			}
			for _, x := range args {
				if m.One != nil {
					r, err := m.One(self, x)
					if got, want := outcome(t, r, err), call(self, x); got != want {
						t.Errorf("%s(x) on %q: One %s, Fn %s", m.Name, self.AsStr().S, got, want)
					}
				}
				for _, y := range args {
					if m.Two != nil {
						r, err := m.Two(self, x, y)
						if got, want := outcome(t, r, err), call(self, x, y); got != want {
							t.Errorf("%s(x, y) on %q: Two %s, Fn %s", m.Name, self.AsStr().S, got, want)
						}
					}
				}
			}
		}
	}
	if seen < 12 {
		t.Fatalf("only %d str methods have fast entries", seen)
	}
}

func TestIsInstanceTwoMatchesFn(t *testing.T) {
	m := builtinLookup(t, "isinstance")
	objs := []Value{Int(1), StrValue("s"), None, True}
	classes := []Value{IntType.Value(), StrType.Value(), TupleValue(StrType.Value(), IntType.Value()), Int(3), TupleValue()}
	for _, o := range objs {
		for _, c := range classes {
			r1, e1 := m.Two(Value{}, o, c)
			r2, e2 := m.Fn(Value{}, []Value{o, c})
			if got, want := outcome(t, r1, e1), outcome(t, r2, e2); got != want {
				t.Errorf("isinstance: Two %s, Fn %s", got, want)
			}
		}
	}
}

// builtinLookup returns the builtins table's method name.
func builtinLookup(t *testing.T, name string) *Method {
	for i := range builtinFunctions {
		if builtinFunctions[i].Name == name {
			return &builtinFunctions[i]
		}
	}
	t.Fatalf("no builtin %s", name)
	return nil
}
