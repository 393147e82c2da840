// This file tests the address helpers that need no interpreter: inet_aton
// parsing, IPv6 formatting and the raw sockaddr layouts.

package socket

import (
	"encoding/binary"
	"syscall"
	"testing"
)

func TestParseIPv4Aton(t *testing.T) {
	cases := []struct {
		in   string
		want [4]byte
		ok   bool
	}{
		{"1.2.3.4", [4]byte{1, 2, 3, 4}, true},
		{"1.2.3", [4]byte{1, 2, 0, 3}, true},
		{"127.1", [4]byte{127, 0, 0, 1}, true},
		{"0x7f.1", [4]byte{127, 0, 0, 1}, true},
		{"010.0.0.1", [4]byte{8, 0, 0, 1}, true},
		{"16909060", [4]byte{1, 2, 3, 4}, true},
		{"1.2.3.4 junk", [4]byte{1, 2, 3, 4}, true},
		{"256.1.1.1", [4]byte{}, false},
		{"1.2.65536", [4]byte{}, false},
		{"x", [4]byte{}, false},
		{"1..2", [4]byte{}, false},
	}
	for _, c := range cases {
		got, ok := parseIPv4Aton(c.in)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("parseIPv4Aton(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestFormatIPv6(t *testing.T) {
	var compat, mapped, loop [16]byte
	copy(compat[12:], []byte{1, 2, 3, 4})
	mapped[10], mapped[11] = 0xff, 0xff
	copy(mapped[12:], []byte{1, 2, 3, 4})
	loop[15] = 1
	for _, c := range []struct {
		ip   [16]byte
		want string
	}{{compat, "::1.2.3.4"}, {mapped, "::ffff:1.2.3.4"}, {loop, "::1"}, {[16]byte{}, "::"}} {
		if got := formatIPv6(c.ip); got != c.want {
			t.Errorf("formatIPv6(%v) = %q, want %q", c.ip, got, c.want)
		}
	}
}

func TestSockaddrLayout(t *testing.T) {
	sa := inetSockaddr([4]byte{127, 0, 0, 1}, 8080)
	if len(sa) != sizeofSockaddrIn || sockaddrFamily(sa) != syscall.AF_INET || binary.BigEndian.Uint16(sa[2:]) != 8080 {
		t.Errorf("inetSockaddr = %v", sa)
	}
	sa6 := inet6Sockaddr([16]byte{15: 1}, 443, 5, 2)
	if len(sa6) != sizeofSockaddrIn6 || binary.BigEndian.Uint32(sa6[4:]) != 5 || binary.LittleEndian.Uint32(sa6[24:]) != 2 {
		t.Errorf("inet6Sockaddr = %v", sa6)
	}
	if cmsgLen(4) != 20 || cmsgSpace(4) != 24 || cmsgSpace(0) != 16 {
		t.Errorf("cmsg sizes %d %d %d", cmsgLen(4), cmsgSpace(4), cmsgSpace(0))
	}
}
