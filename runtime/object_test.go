// This file tests the generic object operations of object.go.

package runtime

import "testing"

func TestStaticTypes(t *testing.T) {
	if len(KeyErrorType.MRO) != 5 || KeyErrorType.MRO[4] != ObjectType {
		t.Fatalf("KeyError MRO = %v", KeyErrorType.MRO)
	}
	if !BoolType.IsSubtype(IntType) || exceptionTypeByName["TabError"].MRO[2] != SyntaxErrorType {
		t.Fatal("bad hierarchy")
	}
	for _, ty := range staticTypes {
		if ty.MRO == nil || ty.Version == 0 || ty.Value().Type() != TypeType {
			t.Errorf("type %s not finished", ty.Name)
		}
	}
}

func TestReprBasics(t *testing.T) {
	tup := TupleValue(None, True, StrValue("a"))
	_ = tup
	for _, c := range []struct {
		v    Value
		want string
	}{{None, "None"}, {True, "True"}, {NotImplemented, "NotImplemented"}} {
		s, err := Repr(c.v)
		if err != nil || s.S != c.want {
			t.Errorf("repr = %v, %v; want %s", s, err, c.want)
		}
	}
	e := NewTypeError("bad %s", "thing")
	if e.Error() != "TypeError: bad thing" {
		t.Errorf("got %q", e.Error())
	}
}

func TestStrIntern(t *testing.T) {
	a, b := Intern("hello"), Intern("hel"+"lo")
	if a != b || !a.IsInterned() || NewStr("hello").Equal(a) != true {
		t.Fatal("intern")
	}
	if NewStr("héllo").Len() != 5 || a.Hash() == -1 {
		t.Fatal("len/hash")
	}
}
