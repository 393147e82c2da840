// This file tests the CPython view compiler: every file named by
// $CPYVIEW_FILES must compile (a debugging aid), and the stdlib sample in
// stdlib_test.go must match python3.11's dis output.

package cpyview

import (
	"os"
	"strings"
	"testing"

	"krait/syntax"
)

func TestFiles(t *testing.T) {
	files := os.Getenv("CPYVIEW_FILES")
	if files == "" {
		t.Skip("set CPYVIEW_FILES")
	}
	for _, f := range strings.Fields(files) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Compile(src, false, f, syntax.ModeExec, 0, 0); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}
