// This file tests _contextvars through Python snippets run by Krait and by
// python3.11, comparing the repr of their result.

package contextvars

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
	`import _contextvars as cv
v = cv.ContextVar("v", default=0)
def step(n):
    v.set(v.get() + n)
    return v.get()
c = cv.copy_context()
outs = [c.run(step, i) for i in range(5)]
t = v.set(42)
inner = cv.copy_context()
v.reset(t)
r = (outs, c[v], v.get(), inner[v], len(c), list(inner.values()))`,
}

func TestSnippetsOracle(t *testing.T) {
	for _, src := range snippets {
		if got, want := runSnippet(t, src), oracle(t, src); got != want {
			t.Errorf("%s\n got %s\nwant %s", src, got, want)
		}
	}
}
