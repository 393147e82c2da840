// This file checks fixupSlots' single-base shortcut (slots_inherit.go)
// against the full derivation from the MRO, for classes of many shapes.

package runtime

import (
	"reflect"
	"testing"
)

const slotShapes = `
class ABCish(type):
    def __instancecheck__(cls, o): return True
class Seq(metaclass=ABCish):
    def __contains__(self, x): return False
    def __iter__(self): return iter(())
class A: pass
class B(A):
    def __add__(self, o): return 1
    def __iter__(self): return iter(())
    def __len__(self): return 0
class C(B): pass
class D(C):
    __iter__ = None
    __hash__ = None
class E(D): pass
class F(D):
    def __eq__(self, o): return True
class G(F): pass
class H(int): pass
class I(H):
    def __radd__(self, o): return 2
class J(I): pass
class K(list): pass
class L(K): __getitem__ = list.__getitem__
class M(dict):
    def __missing__(self, k): return 0
class N(M): pass
class O(Exception): pass
class P(O):
    def __str__(self): return "p"
class Q(P): pass
class R(Seq):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
class S(R): pass
class T(metaclass=ABCish):
    def f(self): pass
class U(T):
    def f(self): return 1
    def __getattr__(self, n): return n
class V(U): pass
class W(int):
    __str__ = int.__repr__
class W2(W): pass
class Y(str):
    __eq__ = int.__eq__
class Z(Y): pass
class AA(B):
    __add__ = B.__add__
class AB(AA): pass
class AC:
    __slots__ = ("a",)
    def __setattr__(self, n, v): object.__setattr__(self, n, v)
class AD(AC): pass
class AE(bytearray): pass
class AF(AE): pass
class Meta(type):
    def __call__(cls, *a): return 1
class AG(metaclass=Meta): pass
class AH(AG): pass
class AI(B, K): pass
class AJ(AI): pass
`

// slotSnapshot records the code of every slot function of t.
func slotSnapshot(t *Type) []uintptr {
	var out []uintptr
	v := reflect.ValueOf(t).Elem()
	var walk func(f reflect.Value)
	walk = func(f reflect.Value) {
		switch f.Kind() {
		case reflect.Func:
			out = append(out, f.Pointer())
		case reflect.Array:
			for i := 0; i < f.Len(); i++ {
				walk(f.Index(i))
			}
		}
	}
	for i := 0; i < v.NumField(); i++ {
		walk(v.Field(i))
	}
	return append(out, uintptr(t.pyNumber), uintptr(b2u(t.getattrGeneric)))
}

func b2u(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestSlotsShortcutMatchesFullDerivation(t *testing.T) {
	g := NewDict()
	g.SetStr(Intern("__builtins__"), BuiltinsModule().Value())
	runPy(t, slotShapes, g)
	checked := 0
	for _, k := range g.Keys() {
		v, _, _ := g.GetItem(k)
		cls, ok := v.TryType()
		if !ok || cls.Flags&FlagHeapType == 0 {
			continue
		}
		fixupSlots(cls)
		fast := slotSnapshot(cls)
		noSlotsShortcut = true
		fixupSlots(cls)
		noSlotsShortcut = false
		full := slotSnapshot(cls)
		if !reflect.DeepEqual(fast, full) {
			t.Errorf("class %s: slots differ between the shortcut and the full derivation", cls.Name)
		}
		checked++
	}
	if checked < 30 {
		t.Fatalf("checked only %d classes", checked)
	}
}
