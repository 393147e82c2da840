// This file tests the command-line parser and the dump-ast entry point.

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseCmdline(t *testing.T) {
	tests := []struct {
		args   []string
		script string
		cmd    string
		xopts  []string
		rest   []string
		err    string
	}{
		{args: []string{"-X", "dump-ast", "a.py", "-X", "b"}, script: "a.py", xopts: []string{"dump-ast"}, rest: []string{"-X", "b"}},
		{args: []string{"-Xdump-ast", "-bB", "-c", "print(1)", "x"}, cmd: "print(1)", xopts: []string{"dump-ast"}, rest: []string{"x"}},
		{args: []string{"-Bcpass", "y"}, cmd: "pass", rest: []string{"y"}},
		{args: []string{"-", "a"}, rest: []string{"a"}},
		{args: []string{"--", "-a"}, script: "-a", rest: []string{}},
		{args: []string{"-z"}, err: "Unknown option: -z"},
		{args: []string{"--foo"}, err: "unknown option --foo"},
		{args: []string{"-X"}, err: "Argument expected for the -X option"},
	}
	for _, tt := range tests {
		c, err := parseCmdline(tt.args)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: error %v, want %q", tt.args, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.args, err)
			continue
		}
		if c.script != tt.script || c.command != tt.cmd || !reflect.DeepEqual(c.xopts, tt.xopts) || (len(tt.rest) > 0 || len(c.args) > 0) && !reflect.DeepEqual(c.args, tt.rest) {
			t.Errorf("%q: got script %q cmd %q xopts %q args %q", tt.args, c.script, c.command, c.xopts, c.args)
		}
	}
}

func TestRunVersionAndUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if rc := run([]string{"krait", "-V"}, nil, &out, &errb); rc != 0 || out.String() != "Python "+pythonVersion+"\n" {
		t.Errorf("-V: rc %d, out %q", rc, out.String())
	}
	out.Reset()
	if rc := run([]string{"krait", "/nonexistent/prog.py"}, nil, &out, &errb); rc != 2 || !strings.Contains(errb.String(), "can't open file '/nonexistent/prog.py'") {
		t.Errorf("script: rc %d, err %q", rc, errb.String())
	}
	errb.Reset()
	if rc := run([]string{"krait", "-X", "dump-ast", "/nonexistent/x.py"}, nil, &out, &errb); rc != 2 ||
		errb.String() != "krait: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n" {
		t.Errorf("missing file: rc %d, err %q", rc, errb.String())
	}
}

// TestDumpASTMatchesPython runs -X dump-ast on programs given with -c and on
// stdin, and compares with python3.11's ast.dump and SyntaxError report.
func TestDumpASTMatchesPython(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	// Resolve launchers such as pyenv's shim, which cost a lot per start.
	if out, err := exec.Command(py, "-c", "import sys; print(sys.executable)").Output(); err == nil {
		py = strings.TrimSpace(string(out))
	}
	progs := []string{"x = 1\n", "def f(a, *b, c=1):\n    return [i async for i in a]\n", "print(f'{x!r:>{w}}')",
		"x = (1,\n", "if x:\npass\n", "  x = 1\n", "f(a=1, b)\n", "é = '€'\n",
		"# coding: latin-1\nx = 'é'\n"}
	for _, prog := range progs {
		// python3.11 -c runs the program; compile with ast.PyCF_ONLY_AST
		// first so that it only dumps, and let a SyntaxError go uncaught.
		want := exec.Command(py, "-c", "import ast, sys\nprint(ast.dump(compile(sys.argv[1], '<string>', 'exec', ast.PyCF_ONLY_AST), include_attributes=True))", prog)
		var wantOut, wantErr bytes.Buffer
		want.Stdout, want.Stderr = &wantOut, &wantErr
		wantStatus := 0
		if err := want.Run(); err != nil {
			wantStatus = err.(*exec.ExitError).ExitCode()
		}
		var out, errb bytes.Buffer
		status := run([]string{"krait", "-X", "dump-ast", "-c", prog}, nil, &out, &errb)
		// Python's report has a traceback header and the compile() frame;
		// keep only the SyntaxError part, which starts at the File line
		// of "<string>".
		we := wantErr.String()
		if i := strings.LastIndex(we, "  File \"<string>\", line "); i >= 0 && wantStatus != 0 {
			we = we[i:]
		}
		if status != wantStatus || out.String() != wantOut.String() || errb.String() != we {
			t.Errorf("%q: krait status %d\n%s%s\npython3.11 status %d\n%s%s", prog, status, out.String(), errb.String(), wantStatus, wantOut.String(), we)
		}
		if strings.Contains(prog, "coding") {
			continue // stdin is read as a file, where the declaration counts
		}
		var sout, serr bytes.Buffer
		if st := run([]string{"krait", "-X", "dump-ast"}, strings.NewReader(prog), &sout, &serr); st != status || sout.String() != out.String() ||
			serr.String() != strings.ReplaceAll(errb.String(), "<string>", "<stdin>") {
			t.Errorf("%q from stdin: status %d, out %q, err %q", prog, st, sout.String(), serr.String())
		}
	}
}

// TestWarningsMatchPython compares the warnings dump-ast prints with those
// python3.11 prints when it runs the same (harmless) scripts.
func TestWarningsMatchPython(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	dir := t.TempDir()
	progs := []string{"x = 1if 1 else 2\n", "x = [0x1for x in ()]\ny = '\\d'\n", "z = 'a\\d' \\\n  '\\q'\nw = 1or 2\n"}
	opts := [][]string{nil, {"-W", "default"}, {"-W", "ignore::SyntaxWarning"}, {"-Wd", "-Wi"}, {"-W", "error::DeprecationWarning"}}
	for i, prog := range progs {
		file := filepath.Join(dir, fmt.Sprintf("w%d.py", i))
		if err := os.WriteFile(file, []byte(prog), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, o := range opts {
			if len(o) > 1 && strings.HasPrefix(o[1], "error") && strings.Contains(prog, "\\d") {
				continue // an error-promoted warning becomes a SyntaxError
			}
			cmd := exec.Command(py, append(append([]string{}, o...), file)...)
			var wantErr bytes.Buffer
			cmd.Stderr = &wantErr
			if err := cmd.Run(); err != nil {
				t.Fatalf("python3.11 %q: %v", prog, err)
			}
			var out, errb bytes.Buffer
			args := append(append([]string{"krait"}, o...), "-X", "dump-ast", file)
			if st := run(args, nil, &out, &errb); st != 0 || errb.String() != wantErr.String() {
				t.Errorf("%q %q: status %d, stderr\n%s\npython3.11 stderr\n%s", prog, o, st, errb.String(), wantErr.String())
			}
		}
	}
}

// TestDumpASTDirectory checks that a directory stands for its __main__.py.
func TestDumpASTDirectory(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if st := run([]string{"krait", "-X", "dump-ast", dir}, nil, &out, &errb); st != 1 ||
		errb.String() != "krait: can't find '__main__' module in '"+dir+"'\n" {
		t.Errorf("empty directory: status %d, stderr %q", st, errb.String())
	}
	if err := os.WriteFile(filepath.Join(dir, "__main__.py"), []byte("pass\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	errb.Reset()
	if st := run([]string{"krait", "-X", "dump-ast", dir + "/"}, nil, &out, &errb); st != 0 || !strings.HasPrefix(out.String(), "Module(body=[Pass(") {
		t.Errorf("directory with __main__.py: status %d, stdout %q, stderr %q", st, out.String(), errb.String())
	}
}
