// This file tests running programs: output, the uncaught-exception
// traceback on stderr with exit status 1, SystemExit and SyntaxErrors.

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunScript(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.py")
	os.WriteFile(path, []byte("def f(x):\n    return x + 1 / 0\nprint('hi')\nf(1)\n"), 0o644)
	var out, errb bytes.Buffer
	rc := run([]string{"krait", path}, nil, &out, &errb)
	want := "Traceback (most recent call last):\n" +
		"  File \"" + path + "\", line 4, in <module>\n    f(1)\n" +
		"  File \"" + path + "\", line 2, in f\n    return x + 1 / 0\n               ~~^~~\n" +
		"ZeroDivisionError: division by zero\n"
	if rc != 1 || errb.String() != want {
		t.Errorf("rc %d, stderr:\n%s\nwant:\n%s", rc, errb.String(), want)
	}
}

func TestRunCommandExit(t *testing.T) {
	var out, errb bytes.Buffer
	if rc := run([]string{"krait", "-c", "import sys; sys.exit(3)"}, nil, &out, &errb); rc != 3 {
		t.Errorf("sys.exit(3): rc %d, stderr %q", rc, errb.String())
	}
	errb.Reset()
	if rc := run([]string{"krait", "-c", "x = (1,"}, nil, &out, &errb); rc != 1 || !strings.Contains(errb.String(), "SyntaxError") {
		t.Errorf("syntax error: rc %d, stderr %q", rc, errb.String())
	}
}
