// This file tests start-up without a standard library: a program that
// imports nothing still runs, and the first failed import explains how to
// install the library. The test re-runs the test binary as krait, because
// the interpreter's start-up happens once per process.

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestMain(m *testing.M) {
	if os.Getenv("KRAIT_TEST_AS_MAIN") == "1" {
		stdlibCandidates = nil
		os.Exit(run(append([]string{"krait"}, os.Args[1:]...), os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func TestMissingStdlib(t *testing.T) {
	krait := func(args ...string) (string, string, int) {
		cmd := exec.Command(os.Args[0], args...)
		cmd.Env = append(os.Environ(), "KRAIT_TEST_AS_MAIN=1", "KRAIT_STDLIB="+t.TempDir(), "PYTHONHOME=")
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return out.String(), errb.String(), code
	}
	out, errs, code := krait("-c", "print(6 * 7)")
	if out != "42\n" || code != 0 || errs != "" {
		t.Errorf("no-import program: out %q err %q code %d", out, errs, code)
	}
	_, errs, code = krait("-c", "import json")
	if code != 1 || !strings.Contains(errs, "apt-get install libpython3.11-stdlib") ||
		!strings.HasSuffix(errs, "ModuleNotFoundError: No module named 'json'\n") {
		t.Errorf("import without stdlib: code %d, stderr:\n%s", code, errs)
	}
}
