package runtime

import (
	"os"
	"path/filepath"
	"testing"

	"krait/syntax"
)

// TestLazyCodeBody checks that the functions of code read with
// MarshalLoadsKeep keep their bodies unread, read them when needed, and
// end up equal to the compiled ones; MarshalLoads reads them at once.
func TestLazyCodeBody(t *testing.T) {
	src := "def f(a):\n    'doc'\n    def g(b):\n        return (a, b, 'x')\n    return g\nclass C:\n    def m(self): return 1\n"
	co, exc := CompileSource([]byte(src), "lazy.py", syntax.ModeExec)
	if exc != nil {
		t.Fatal(exc)
	}
	data, exc := MarshalDumps(ValueOf(co), MarshalVersion)
	if exc != nil {
		t.Fatal(exc)
	}
	for _, keep := range []bool{true, false} {
		v, n, exc := marshalLoads(data, keep)
		if exc != nil || n != len(data) {
			t.Fatalf("keep=%v: %v, %d of %d bytes", keep, exc, n, len(data))
		}
		loaded := ptrOf[Code](v)
		f := ptrOf[Code](loaded.consts[0])
		if (f.lazy != nil) != keep {
			t.Fatalf("keep=%v: f lazy = %v", keep, f.lazy != nil)
		}
		if d := f.docConst(); d.IsNull() || d.AsStr().S != "doc" {
			t.Fatalf("keep=%v: docstring %v", keep, d)
		}
		if eq, exc := codeEqual(loaded, co); exc != nil || !eq {
			t.Fatalf("keep=%v: loaded code differs (%v)", keep, exc)
		}
		if f.lazy != nil || len(f.instrs) == 0 || f.consts[0].AsStr().S != "doc" {
			t.Fatalf("keep=%v: f not read by ==", keep)
		}
	}
}

// TestReadPycData checks that small and large files read back whole,
// mapped or not.
func TestReadPycData(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{10, 20000} { // read, then mapped on Linux
		want := make([]byte, size)
		for i := range want {
			want[i] = byte(i * 7)
		}
		p := filepath.Join(dir, "x.pyc")
		if err := os.WriteFile(p, want, 0o644); err != nil {
			t.Fatal(err)
		}
		_, got, err := readPycData(p)
		if err != nil || string(got) != string(want) {
			t.Fatalf("size %d: err %v, %d bytes", size, err, len(got))
		}
	}
}
