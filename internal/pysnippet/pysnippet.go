// Package pysnippet runs a Python snippet that leaves its result in the
// variable r, under Krait (in process) and under python3.11, returning
// repr(r) from each, for the native modules' differential Go tests.
package pysnippet

import (
	"os/exec"
	"strings"
	"testing"

	"krait/runtime"
	"krait/syntax"
)

// Krait runs src in a fresh namespace and returns repr(r).
func Krait(t *testing.T, src string) string {
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

// Oracle runs src under python3.11 and returns repr(r); it skips the test
// when python3.11 is absent.
func Oracle(t *testing.T, src string) string {
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
