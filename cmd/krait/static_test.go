package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoCgo keeps `go build` producing one static binary (DESIGN.md):
// package net and os/user pull in cgo whenever a C compiler is present.
func TestNoCgo(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skip("go list:", err)
	}
	for _, p := range strings.Fields(string(out)) {
		switch p {
		case "runtime/cgo", "net", "os/user", "plugin":
			t.Errorf("krait depends on %s, which links the C library", p)
		}
	}
}
