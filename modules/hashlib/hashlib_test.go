// This file tests the digests Go's standard library lacks and scrypt
// against published test vectors.
package hashlib

import (
	"encoding/hex"
	"testing"
)

func TestVectors(t *testing.T) {
	for _, c := range []struct{ alg, in, want string }{
		{"ripemd160", "", "9c1185a5c5e9fc54612808977ee8f548b2258d31"},
		{"ripemd160", "abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"},
		{"sm3", "abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"},
	} {
		s := lookup(c.alg).newFn()
		s.Write([]byte(c.in))
		if got := hex.EncodeToString(s.Sum(0)); got != c.want {
			t.Errorf("%s(%q) = %s, want %s", c.alg, c.in, got, c.want)
		}
	}
}

func TestScryptRFC7914(t *testing.T) {
	got := hex.EncodeToString(scrypt([]byte("password"), []byte("NaCl"), 1024, 8, 16, 64))
	want := "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"
	if got != want {
		t.Errorf("scrypt = %s", got)
	}
}
