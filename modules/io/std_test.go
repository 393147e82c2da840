// This file tests the sys.std* streams NewStdStreams builds, the print
// fast path and FlushAll.

package pyio

import (
	"os"
	"path/filepath"
	"testing"

	rt "krait/runtime"
)

func reprOf(t *testing.T, v rt.Value) string {
	t.Helper()
	s, err := rt.Repr(v)
	if err != nil {
		t.Fatal(err)
	}
	return s.S
}

func attr(t *testing.T, v rt.Value, name string) string {
	t.Helper()
	a, err := rt.GetAttrString(v, name)
	if err != nil {
		t.Fatal(err)
	}
	return reprOf(t, a)
}

func TestNewStdStreams(t *testing.T) {
	t.Setenv("PYTHONIOENCODING", "")
	in, out, errs, err := NewStdStreams(false)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ got, want string }{
		{reprOf(t, in), "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"},
		{reprOf(t, out), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"},
		{reprOf(t, errs), "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"},
		{attr(t, errs, "errors"), "'backslashreplace'"},
		{attr(t, out, "errors"), "'surrogateescape'"},
		{attr(t, errs, "line_buffering"), "True"},
		{attr(t, out, "buffer"), "<_io.BufferedWriter name='<stdout>'>"},
		{attr(t, in, "buffer"), "<_io.BufferedReader name='<stdin>'>"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	raw, _ := rt.GetAttrString(out, "buffer")
	raw, _ = rt.GetAttrString(raw, "raw")
	if got := reprOf(t, raw); got != "<_io.FileIO name='<stdout>' mode='wb' closefd=False>" {
		t.Errorf("raw: %s", got)
	}
}

func TestWriteStringAndFlushAll(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.txt")
	f, err := Open([]rt.Value{rt.StrValue(path), rt.StrValue("w")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := WriteString(f, "héllo\n"); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if b, _ := os.ReadFile(path); len(b) != 0 {
		t.Fatalf("written before flush: %q", b)
	}
	FlushAll()
	if b, _ := os.ReadFile(path); string(b) != "héllo\n" {
		t.Fatalf("after FlushAll: %q", b)
	}
	if ok, _ := WriteString(rt.StrValue("x"), "y"); ok {
		t.Fatal("WriteString handled a str")
	}
}
