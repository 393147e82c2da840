package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestNoCgo keeps Krait free of cgo (DESIGN.md). Package net (which
// crypto/tls, and so _ssl, needs) links the C library's resolver whenever a
// C compiler is present, so README builds with CGO_ENABLED=0; that build must
// give a static binary, and no package other than net may bring in cgo.
func TestNoCgo(t *testing.T) {
	list := exec.Command("go", "list", "-deps", "-f", "{{if .CgoFiles}}{{.ImportPath}}{{end}}", ".")
	out, err := list.Output()
	if err != nil {
		t.Skip("go list:", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if p != "net" && p != "runtime/cgo" {
			t.Errorf("krait depends on %s, which uses cgo", p)
		}
	}
	static := exec.Command("go", "list", "-deps", ".")
	static.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err = static.Output(); err != nil {
		t.Fatal("go list:", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if p == "runtime/cgo" || p == "plugin" {
			t.Errorf("with CGO_ENABLED=0 krait still depends on %s", p)
		}
	}
}
