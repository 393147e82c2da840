// This file tests the pure-Go parts of _ssl: the OpenSSL cipher-string
// parser, TLS record framing and OpenSSL's serial and IP formats.

package ssl

import (
	"crypto/tls"
	"testing"
)

func TestParseCipherString(t *testing.T) {
	for _, tc := range []struct {
		spec string
		want []uint16
	}{
		{"AES256-SHA", []uint16{tls.TLS_RSA_WITH_AES_256_CBC_SHA}},
		{"ECDHE+AESGCM:!ECDSA", []uint16{tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}},
		{"XXX", nil},
		{"!ALL:ALL", nil},
	} {
		got := parseCipherString(tc.spec)
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %v, want %v", tc.spec, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: got %v, want %v", tc.spec, got, tc.want)
			}
		}
	}
	for _, id := range defaultCipherIDs() {
		if s := suiteByID(id); s == nil || s.mac == "SHA1" {
			t.Errorf("default cipher %v should not be selected", s)
		}
	}
}

func TestFramer(t *testing.T) {
	stream := []byte{23, 3, 3, 0, 2, 'a', 'b', 21, 3, 3, 0, 1, 'c', 'x'}
	var f framer
	if f.wanted() != 5 {
		t.Fatalf("wanted %d at start", f.wanted())
	}
	if n := f.limit(stream); n != 7 {
		t.Fatalf("first record limit %d", n)
	}
	f.advance(stream[:3])
	if f.wanted() != 2 {
		t.Fatalf("wanted %d inside a header", f.wanted())
	}
	f.advance(stream[3:7])
	if n := f.limit(stream[7:]); n != 6 {
		t.Fatalf("second record limit %d", n)
	}
	f.advance(stream[7:10])
	if n := f.limit(stream[10:]); n != 3 {
		t.Fatalf("partial header limit %d", n)
	}
}

func TestIPString(t *testing.T) {
	if s := ipString([]byte{192, 0, 2, 1}); s != "192.0.2.1" {
		t.Error(s)
	}
	v6 := make([]byte, 16)
	v6[0], v6[1], v6[15] = 0x20, 0x01, 1
	if s := ipString(v6); s != "2001:0:0:0:0:0:0:1" {
		t.Error(s)
	}
}
