// This file tests the long help options and the start-up int/str digit
// limit (-X int_max_str_digits, PYTHONINTMAXSTRDIGITS).

package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestHelpOptions(t *testing.T) {
	for _, c := range []struct {
		opt      string
		has, not []string
	}{
		{"--help", []string{"usage:"}, []string{"PYTHONHOME", "-X dev"}},
		{"--help-env", []string{"PYTHONHOME"}, []string{"usage:"}},
		{"--help-xoptions", []string{"-X dev"}, []string{"usage:", "PYTHONHOME"}},
		{"--help-all", []string{"usage:", "PYTHONHOME", "-X dev"}, nil},
	} {
		var out, errb bytes.Buffer
		if rc := run([]string{"krait", c.opt}, nil, &out, &errb); rc != 0 {
			t.Errorf("%s: rc %d, stderr %q", c.opt, rc, errb.String())
		}
		for _, s := range c.has {
			if !strings.Contains(out.String(), s) {
				t.Errorf("%s: no %q", c.opt, s)
			}
		}
		for _, s := range c.not {
			if strings.Contains(out.String(), s) {
				t.Errorf("%s: has %q", c.opt, s)
			}
		}
	}
}

func TestIntMaxStrDigitsOption(t *testing.T) {
	// The process runs one interpreter, so the values the options set are
	// checked by the differential runs of test_cmd_line; here the exit
	// status and the fatal error.
	code := "pass"
	for _, c := range []struct {
		args []string
		env  string
		rc   int
		out  string
	}{
		{[]string{"-X", "int_max_str_digits"}, "", 1, ""},
		{[]string{"-X", "int_max_str_digits=foo"}, "", 1, ""},
		{[]string{"-X", "int_max_str_digits=100"}, "", 1, ""},
		{nil, "100", 1, ""},
		{[]string{"-X", "int_max_str_digits=0"}, "", 0, ""},
		{nil, "4000", 0, ""},
	} {
		t.Setenv("PYTHONINTMAXSTRDIGITS", c.env)
		var out, errb bytes.Buffer
		args := append(append([]string{"krait"}, c.args...), "-c", code)
		rc := run(args, nil, &out, &errb)
		if rc != c.rc || out.String() != c.out {
			t.Errorf("%v env %q: rc %d out %q stderr %q", c.args, c.env, rc, out.String(), errb.String())
		}
		if c.rc == 1 && !strings.Contains(errb.String(), "invalid limit; must be >= 640 or 0 for unlimited") {
			t.Errorf("%v env %q: stderr %q", c.args, c.env, errb.String())
		}
	}
}
