// This file fuzzes the decoders for panics and checks encode/decode round trips.

package binascii

import (
	"bytes"
	"testing"
)

func FuzzBinascii(f *testing.F) {
	for _, s := range []string{"", "YWJj", "ab==c", "=4=\r\n", "!abc", "`\n", "\x7f"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		A2bBase64(data, true)
		A2bBase64(data, false)
		A2bUu(data)
		A2bQp(data, true)
		Unhexlify(data)
		if got, err := A2bBase64(B2aBase64(data, false), true); err != nil || !bytes.Equal(got, data) {
			t.Errorf("base64 round trip of %q: %q %v", data, got, err)
		}
		h, _ := Hexlify(data, []byte{':'}, -3)
		Hexlify(data, []byte{':'}, 2)
		if got, err := Unhexlify(bytes.ReplaceAll(h, []byte{':'}, nil)); err != nil || !bytes.Equal(got, data) {
			t.Errorf("hex round trip of %q: %q %v", data, got, err)
		}
		if got := A2bQp(B2aQp(data, false, false, false), false); !bytes.Equal(got, data) {
			t.Errorf("qp round trip of %q: %q", data, got)
		}
		if len(data) <= 45 {
			line, _ := B2aUu(data, true)
			if got, err := A2bUu(line); err != nil || !bytes.Equal(got, data) {
				t.Errorf("uu round trip of %q: %q %v", data, got, err)
			}
		}
	})
}
