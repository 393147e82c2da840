// This file tests _abc through Python snippets run by Krait and by
// python3.11, comparing the repr of their result.

package abc

import (
	"os/exec"
	"strings"
	"testing"

	"krait/runtime"
	"krait/syntax"
)

func init() { runtime.RegisterModule(Module) }

// runSnippet runs src under Krait and returns repr(r).
func runSnippet(t *testing.T, src string) string {
	t.Helper()
	co, err := runtime.CompileSource([]byte(src), "<test>", syntax.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	g := runtime.NewDict()
	g.SetStr(runtime.Intern("__builtins__"), runtime.BuiltinsModule().Value())
	if _, err := runtime.RunCode(co, g, runtime.Value{}); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	r, _ := g.GetStr(runtime.Intern("r"))
	s, err := runtime.Repr(r)
	if err != nil {
		t.Fatal(err)
	}
	return s.S
}

// oracle runs src under python3.11 and returns repr(r).
func oracle(t *testing.T, src string) string {
	t.Helper()
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	out, err := exec.Command(py, "-c", src+"\nprint(repr(r))").Output()
	if err != nil {
		t.Fatalf("python3.11: %v", err)
	}
	return strings.TrimRight(string(out), "\n")
}

var snippets = []string{
	`import _abc
class M(type):
    def __new__(m, n, b, ns):
        c = super().__new__(m, n, b, ns); _abc._abc_init(c); return c
    def __instancecheck__(c, i): return _abc._abc_instancecheck(c, i)
    def __subclasscheck__(c, s): return _abc._abc_subclasscheck(c, s)
class A(metaclass=M):
    def f(self): pass
    f.__isabstractmethod__ = True
class B(A):
    def f(self): return 1
_abc._abc_register(A, int)
r = (sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), isinstance(3, A), issubclass(bool, A),
     issubclass(str, A), isinstance(B(), A), _abc.get_cache_token() > 0)`,
}

func TestSnippetsOracle(t *testing.T) {
	for _, src := range snippets {
		if got, want := runSnippet(t, src), oracle(t, src); got != want {
			t.Errorf("%s\n got %s\nwant %s", src, got, want)
		}
	}
}
