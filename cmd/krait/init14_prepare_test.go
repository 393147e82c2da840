package main

import "testing"

func TestRunsPython(t *testing.T) {
	for _, tc := range []struct {
		argv []string
		want bool
	}{
		{[]string{"krait"}, true},
		{[]string{"krait", "-c", "pass"}, true},
		{[]string{"krait", "-S", "-c", "pass"}, true},
		{[]string{"krait", "x.py", "-V"}, true}, // -V is the script's argument
		{[]string{"krait", "-c", "pass", "--version"}, true},
		{[]string{"krait", "-m", "this"}, true},
		{[]string{"krait", "-V"}, false},
		{[]string{"krait", "-VV"}, false},
		{[]string{"krait", "--version"}, false},
		{[]string{"krait", "-h"}, false},
		{[]string{"krait", "--help"}, false},
		{[]string{"krait", "--help-env"}, false},
		{[]string{"krait", "-S", "-V", "-c", "pass"}, false}, // CPython prints the version
		{[]string{"krait", "-Z"}, false},                     // a usage error
		{[]string{"krait", "-c"}, false},
	} {
		if got := runsPython(tc.argv); got != tc.want {
			t.Errorf("runsPython(%q) = %v, want %v", tc.argv, got, tc.want)
		}
	}
}
