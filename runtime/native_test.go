// This file tests the native-module API: a module and a type declared
// from Go are importable and behave as Python objects.

package runtime

import (
	"testing"

	"krait/syntax"
)

type testCounter struct {
	Header
	n int64
}

func TestNativeModule(t *testing.T) {
	var counterType *Type
	counterType = NewNativeType(&TypeSpec{Name: "_krait_test.Counter", Methods: []Method{
		{Name: "bump", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			c := PtrOf[testCounter](self)
			c.n++
			return Int(c.n), nil
		}},
	}}, func(t *Type) {
		t.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
			return ValueOf(&testCounter{Header: Header{t}}), nil
		}
	})
	RegisterModule(&ModuleDef{Name: "_krait_test", Doc: "test module",
		Methods: []Method{{Name: "twice", Sig: "x, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			return BinaryOp(a[0], a[0], NbAdd)
		}}},
		Exec: func(m *Module) *Exception {
			m.SetAttr("Counter", counterType.Value())
			return nil
		}})
	src := `import _krait_test, sys
c = _krait_test.Counter()
c.bump()
r = [_krait_test.twice(21), c.bump(), type(c).__name__, type(c).__module__, repr(type(c)), _krait_test.__doc__,
     '_krait_test' in sys.builtin_module_names]
`
	co, err := CompileSource([]byte(src), "<test>", syntax.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	g := NewDict()
	g.SetStr(Intern("__builtins__"), BuiltinsModule().Value())
	sysModule = nil // rebuild sys so builtin_module_names includes the new module
	SysModule()
	if _, err := RunCode(co, g, Value{}); err != nil {
		t.Fatal(formatExceptionOnly(err))
	}
	r, _ := g.GetStr(Intern("r"))
	s, _ := Repr(r)
	want := `[42, 2, 'Counter', '_krait_test', "<class '_krait_test.Counter'>", 'test module', True]`
	if s.S != want {
		t.Errorf("got %s\nwant %s", s.S, want)
	}
}
