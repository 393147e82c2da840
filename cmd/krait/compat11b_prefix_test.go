package main

import (
	"os"
	"path/filepath"
	"testing"
)

// A program outside a bin directory must not take its grandparent as the
// prefix: /tmp/krait would otherwise find /lib/python3.11 on merged-/usr
// systems and report sys.prefix "/".
func TestExecutableStdlibNeedsBin(t *testing.T) {
	d := t.TempDir()
	for _, sub := range []string{"bin", "tools"} {
		if err := os.Mkdir(filepath.Join(d, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		exe := filepath.Join(d, sub, "krait")
		if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if got := executableStdlib(filepath.Join(d, "tools", "krait")); got != "" {
		t.Errorf("tools/krait: got %q, want no candidate", got)
	}
	want := filepath.Join(d, "lib", "python3.11")
	if got := executableStdlib(filepath.Join(d, "bin", "krait")); got != want {
		t.Errorf("bin/krait: got %q, want %q", got, want)
	}
}
