// This file tests the BLAKE2 cores against RFC 7693's vectors and, with
// parameters, against python3.11's hashlib when it is installed.
package blake2

import (
	"encoding/hex"
	"os/exec"
	"strings"
	"testing"
)

func paramsB(size, keyLen int) *[64]byte {
	var p [64]byte
	p[0], p[1], p[2], p[3] = byte(size), byte(keyLen), 1, 1
	return &p
}

func paramsS(size, keyLen int) *[32]byte {
	var p [32]byte
	p[0], p[1], p[2], p[3] = byte(size), byte(keyLen), 1, 1
	return &p
}

func TestRFC7693(t *testing.T) {
	b := newB(paramsB(64, 0), nil, false)
	b.Write([]byte("abc"))
	if got := hex.EncodeToString(b.Sum(nil)); !strings.HasPrefix(got, "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1") {
		t.Errorf("BLAKE2b-512(abc) = %s", got)
	}
	s := newS(paramsS(32, 0), nil, false)
	s.Write([]byte("abc"))
	if got := hex.EncodeToString(s.Sum(nil)); got != "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982" {
		t.Errorf("BLAKE2s-256(abc) = %s", got)
	}
}

func TestKeyedAgainstPython(t *testing.T) {
	if _, err := exec.LookPath("python3.11"); err != nil {
		t.Skip("python3.11 not installed")
	}
	out, err := exec.Command("python3.11", "-c",
		"import hashlib; print(hashlib.blake2b(b'x'*300, key=b'k'*7, digest_size=33).hexdigest()); print(hashlib.blake2s(b'y'*64, key=b'q', digest_size=17).hexdigest())").Output()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Fields(string(out))
	b := newB(paramsB(33, 7), []byte("kkkkkkk"), false)
	b.Write([]byte(strings.Repeat("x", 300)))
	if got := hex.EncodeToString(b.Sum(nil)); got != want[0] {
		t.Errorf("blake2b = %s, want %s", got, want[0])
	}
	s := newS(paramsS(17, 1), []byte("q"), false)
	s.Write([]byte(strings.Repeat("y", 64)))
	if got := hex.EncodeToString(s.Sum(nil)); got != want[1] {
		t.Errorf("blake2s = %s, want %s", got, want[1])
	}
}
