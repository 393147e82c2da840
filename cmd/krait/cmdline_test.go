// This file tests the command-line parser and the dump-ast entry point.

package main

import (
	"bytes"
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
	if rc := run([]string{"krait", "prog.py"}, nil, &out, &errb); rc != 2 || !strings.Contains(errb.String(), "not implemented") {
		t.Errorf("script: rc %d, err %q", rc, errb.String())
	}
	errb.Reset()
	if rc := run([]string{"krait", "-X", "dump-ast", "/nonexistent/x.py"}, nil, &out, &errb); rc != 2 ||
		errb.String() != "krait: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n" {
		t.Errorf("missing file: rc %d, err %q", rc, errb.String())
	}
}
