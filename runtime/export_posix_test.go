// This file tests the OSError support of export_posix.go: strerror
// messages against python3.11's os.strerror, and NewOSError's subclass,
// fields and str.

package runtime

import (
	"strconv"
	"testing"

	"krait/internal/pyoracle"
)

func TestStrerrorOracle(t *testing.T) {
	var input []string
	for i := -2; i < 140; i++ {
		input = append(input, strconv.Itoa(i))
	}
	want := pyoracle.Lines(t, `import sys, os
for line in sys.stdin:
    print(os.strerror(int(line)))`, input)
	for i, in := range input {
		n, _ := strconv.Atoi(in)
		if got := Strerror(n); got != want[i] {
			t.Errorf("Strerror(%d) = %q, want %q", n, got, want[i])
		}
	}
}

func TestNewOSError(t *testing.T) {
	cases := []struct {
		errno       int
		file, file2 Value
		typ, str    string
	}{
		{2, StrValue("a"), Value{}, "FileNotFoundError", "[Errno 2] No such file or directory: 'a'"},
		{13, StrValue("a"), StrValue("b"), "PermissionError", "[Errno 13] Permission denied: 'a' -> 'b'"},
		{9, Value{}, Value{}, "OSError", "[Errno 9] Bad file descriptor"},
		{11, NewBytes([]byte("x")), Value{}, "BlockingIOError", "[Errno 11] Resource temporarily unavailable: b'x'"},
	}
	for _, c := range cases {
		e := NewOSError(c.errno, c.file, c.file2)
		if e.Type().Name != c.typ {
			t.Errorf("errno %d: type %s, want %s", c.errno, e.Type().Name, c.typ)
		}
		s, err := StrOf(e.Value())
		if err != nil || s.S != c.str {
			t.Errorf("errno %d: str %v, want %q", c.errno, s, c.str)
		}
		if e.Args.Len() != 2 {
			t.Errorf("errno %d: args %d items, want 2", c.errno, e.Args.Len())
		}
	}
}
