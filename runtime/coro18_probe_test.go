// This file checks AttrProbe and SlotPlan (coro18_probe.go): what they
// refuse, what they read and make, and that a class change invalidates
// them.

package runtime

import "testing"

const probeShapes = `
class Loop:
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self): pass
class Data:
    @property
    def a(self): return 0
class H:
    __slots__ = ("x", "y", "__weakref__")
class Own:
    __slots__ = ("x",)
    def __new__(cls): return object.__new__(cls)
l1 = Loop(); l2 = Loop(); l3 = Loop(); l3.c = 3
d = Data()
`

func probeGlobal(t *testing.T, g *Dict, name string) Value {
	v, ok := g.GetStr(Intern(name))
	if !ok {
		t.Fatalf("%s missing", name)
	}
	return v
}

func TestAttrProbe(t *testing.T) {
	g := NewDict()
	g.SetStr(Intern("__builtins__"), BuiltinsModule().Value())
	runPy(t, probeShapes, g)
	l1, l2, l3 := probeGlobal(t, g, "l1"), probeGlobal(t, g, "l2"), probeGlobal(t, g, "l3")
	names := []*Str{Intern("m"), Intern("b"), Intern("a")}
	p := NewAttrProbe(l1, names)
	if p == nil {
		t.Fatal("no probe for a plain instance")
	}
	if !p.Match(l2) || p.Match(l3) {
		t.Errorf("Match: same layout %v, other layout %v", p.Match(l2), p.Match(l3))
	}
	if !p.Get(l2, 0).IsNull() || p.Get(l2, 1).bits != 2 || p.Get(l2, 2).bits != 1 {
		t.Errorf("Get: %v %v %v", p.Get(l2, 0), p.Get(l2, 1), p.Get(l2, 2))
	}
	if NewAttrProbe(probeGlobal(t, g, "d"), names) != nil {
		t.Error("probe made over a data descriptor")
	}
	if err := SetAttr(l1.Type().Value(), Intern("z"), None); err != nil {
		t.Fatal(err)
	}
	if p.Match(l1) {
		t.Error("probe still matches after the class changed")
	}
}

func TestSlotPlan(t *testing.T) {
	g := NewDict()
	g.SetStr(Intern("__builtins__"), BuiltinsModule().Value())
	runPy(t, probeShapes, g)
	h := probeGlobal(t, g, "H").AsType()
	names := []*Str{Intern("y"), Intern("x")}
	if NewSlotPlan(probeGlobal(t, g, "Own").AsType(), []*Str{Intern("x")}) != nil {
		t.Error("plan made for a class with its own __new__")
	}
	if NewSlotPlan(h, []*Str{Intern("__weakref__")}) != nil {
		t.Error("plan made for a name that is not a member slot")
	}
	p := NewSlotPlan(h, names)
	if p == nil || !p.Valid(h) {
		t.Fatal("no plan for a __slots__ class")
	}
	o := p.New([]Value{Int(5), Int(7)})
	x, err := GetAttr(o, Intern("x"))
	if err != nil || x.bits != 7 || o.Type() != h {
		t.Errorf("x = %v, %v", x, err)
	}
	if err := SetAttr(h.Value(), Intern("z"), None); err != nil {
		t.Fatal(err)
	}
	if p.Valid(h) {
		t.Error("plan still valid after the class changed")
	}
}
