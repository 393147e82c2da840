// This file checks that giving builtin types their own __getattribute__
// wrapper (compat13_methoddocs.go) leaves them and their subclasses on the
// generic attribute getter, which the interpreter's caches require.

package runtime

import "testing"

const getattributeShapes = `
class CI(int): pass
class CS(str): pass
class CL(list): pass
class CD(dict): pass
class CT(tuple): pass
class CF(float): pass
class CB(bytes): pass
class CE(Exception): pass
class CP(property): pass
class CX(CD):
    def __getattr__(self, n): return n
`

func TestOwnGetattributeStaysGeneric(t *testing.T) {
	for _, typ := range []*Type{IntType, StrType, ListType, DictType, TupleType, FloatType, BytesType, BaseExceptionType, PropertyType} {
		if !typ.getattrGeneric {
			t.Errorf("%s: getattrGeneric false", typ.Name)
		}
		if _, ok := typ.Dict().GetStr(Intern("__getattribute__")); !ok {
			t.Errorf("%s: no __getattribute__ in its __dict__", typ.Name)
		}
	}
	g := NewDict()
	g.SetStr(Intern("__builtins__"), BuiltinsModule().Value())
	runPy(t, getattributeShapes, g)
	for _, name := range []string{"CI", "CS", "CL", "CD", "CT", "CF", "CB", "CE", "CP"} {
		v, ok := g.GetStr(Intern(name))
		if !ok {
			t.Fatalf("class %s missing", name)
		}
		if cls := v.AsType(); !cls.getattrGeneric {
			t.Errorf("class %s: getattrGeneric false", name)
		}
	}
	v, _ := g.GetStr(Intern("CX"))
	if cls := v.AsType(); cls.getattrGeneric {
		t.Errorf("class CX defines __getattr__ but getattrGeneric is true")
	}
}

func TestBuiltinMethodDocs(t *testing.T) {
	for _, c := range []struct{ typ, name string }{{"str", "split"}, {"bytearray", "append"}, {"bytes", "hex"}, {"list", "sort"}, {"int", "bit_length"}} {
		if builtinMethodDoc(c.typ, c.name) == "" {
			t.Errorf("%s.%s: no doc", c.typ, c.name)
		}
	}
	if builtinMethodDoc("str", "append") != "" {
		t.Errorf("str.append has a doc")
	}
}
