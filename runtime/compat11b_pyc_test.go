package runtime

import (
	"testing"

	"krait/syntax"
)

// TestPycCodeStale checks that a .pyc whose code object carries another
// build's stamp is recognized, and that other payloads are left to marshal.
func TestPycCodeStale(t *testing.T) {
	co, exc := CompileSource([]byte("x = 1\n"), "<t>", syntax.ModeExec)
	if exc != nil {
		t.Fatal(exc)
	}
	body, exc := MarshalDumps(ValueOf(co), MarshalVersion)
	if exc != nil {
		t.Fatal(exc)
	}
	data := append(pycHeader(0, 6), body...)
	if pycCodeStale(data) {
		t.Fatal("fresh pyc reported stale")
	}
	data[pycHeaderSize+1+7*4] ^= 0xff
	if !pycCodeStale(data) {
		t.Fatal("pyc with another stamp not reported stale")
	}
	if pycCodeStale(data[:pycHeaderSize+8]) {
		t.Fatal("truncated pyc reported stale")
	}
	other, _ := MarshalDumps(NewBytes([]byte("abcd")), MarshalVersion)
	if pycCodeStale(append(pycHeader(0, 6), other...)) {
		t.Fatal("non-code payload reported stale")
	}
	if m := PycMagic(); len(m) != 4 || m[0] != 0xa7 || m[1] != 0x0d || m[2] != '\r' || m[3] != '\n' {
		t.Fatalf("magic %x", m)
	}
}
