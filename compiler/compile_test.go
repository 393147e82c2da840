// This file tests the code generator: golden listings of small functions,
// the whole standard library, and invariants of every code object.

package compiler

import (
	"os"
	"testing"

	"krait/syntax"
)

// compileSrc compiles a module from source.
func compileSrc(t testing.TB, src string) *Code {
	t.Helper()
	res, err := syntax.ParseString(src, "<test>", syntax.ModeExec)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	code, err := Compile(res.Tree, "<test>", syntax.ModeExec, Options{})
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return code
}

func TestDisDebug(t *testing.T) {
	src := os.Getenv("KRAIT_DIS")
	if src == "" {
		t.Skip("set KRAIT_DIS to a file")
	}
	b, _ := os.ReadFile(src)
	t.Log("\n" + compileSrc(t, string(b)).Disassemble())
}
