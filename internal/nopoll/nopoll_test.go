package nopoll

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFileAndOpen(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 511, 512, 513, 100000} {
		p := filepath.Join(dir, "f")
		want := bytes.Repeat([]byte("x"), n)
		if err := os.WriteFile(p, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(p)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("ReadFile(%d bytes) = %d bytes, %v", n, len(got), err)
		}
		f, err := Open(p)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.Stat()
		f.Close()
		if err != nil || st.Size() != int64(n) {
			t.Fatalf("Open: size %v, %v", st, err)
		}
	}
	// /proc files report size 0 and must still be read whole.
	if got, err := ReadFile("/proc/self/status"); err != nil || !bytes.Contains(got, []byte("Pid:")) {
		t.Fatalf("ReadFile(/proc/self/status) = %q, %v", got, err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing")); !os.IsNotExist(err) {
		t.Fatalf("missing file: %v", err)
	}
}

func TestCreateTemp(t *testing.T) {
	dir := t.TempDir()
	seen := map[string]bool{}
	for i := 0; i < 50; i++ {
		f, err := CreateTemp(dir, "a.pyc.*.tmp")
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f.Name())
		if seen[name] || !strings.HasPrefix(name, "a.pyc.") || !strings.HasSuffix(name, ".tmp") {
			t.Fatalf("bad or repeated name %q", name)
		}
		seen[name] = true
		if _, err := f.Write([]byte("data")); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}
