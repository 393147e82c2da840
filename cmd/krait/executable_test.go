// This file tests executablePath and utf8Mode.

package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestExecutablePathKeepsLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.WriteFile(real, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "bin", "python")
	os.MkdirAll(filepath.Dir(link), 0o755)
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if got := executablePath(link); got != link {
		t.Errorf("executablePath(%q) = %q, want the link itself", link, got)
	}
	t.Setenv("PATH", filepath.Dir(link))
	if got := executablePath("python"); got != link {
		t.Errorf("executablePath via PATH = %q, want %q", got, link)
	}
	if got := executablePath("no-such-program"); got != "" {
		t.Errorf("missing program gave %q", got)
	}
}

func TestUTF8Mode(t *testing.T) {
	for _, tt := range []struct {
		lcAll, utf8Env string
		xopts          []string
		want           int
	}{
		{"C", "", nil, 1},
		{"C.UTF-8", "", nil, 0},
		{"C.utf8", "", nil, 0},
		{"en_US.UTF-8", "", nil, 1}, // not a locale Krait has: the C locale
		{"C.UTF-8", "1", nil, 1},
		{"C", "0", nil, 0},
		{"C.UTF-8", "", []string{"utf8"}, 1},
		{"C", "", []string{"utf8=0"}, 0},
	} {
		t.Setenv("LC_ALL", tt.lcAll)
		t.Setenv("PYTHONUTF8", tt.utf8Env)
		c := &cmdline{xopts: tt.xopts}
		if got := utf8Mode(c, false); got != tt.want {
			t.Errorf("LC_ALL=%s PYTHONUTF8=%s -X %v: utf8Mode = %d, want %d", tt.lcAll, tt.utf8Env, tt.xopts, got, tt.want)
		}
	}
}
