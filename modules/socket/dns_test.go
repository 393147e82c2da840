package socket

import (
	"encoding/binary"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestReadResolvConf(t *testing.T) {
	p := filepath.Join(t.TempDir(), "resolv.conf")
	os.WriteFile(p, []byte("# c\nnameserver 10.0.0.1\nnameserver ::1\nsearch a.example b.example\noptions ndots:2 timeout:1 attempts:3 rotate\n"), 0o644)
	c := readResolvConf(p)
	want := []netip.Addr{netip.MustParseAddr("10.0.0.1"), netip.MustParseAddr("::1")}
	if !reflect.DeepEqual(c.servers, want) || c.ndots != 2 || c.timeout != time.Second || c.attempts != 3 {
		t.Fatalf("got %+v", c)
	}
	if got := c.candidates("host"); !reflect.DeepEqual(got, []string{"host.a.example.", "host.b.example.", "host."}) {
		t.Errorf("candidates(host) = %v", got)
	}
	if got := c.candidates("x.y.z"); got[0] != "x.y.z." {
		t.Errorf("candidates(x.y.z) = %v", got)
	}
	if got := c.candidates("abs."); !reflect.DeepEqual(got, []string{"abs."}) {
		t.Errorf("candidates(abs.) = %v", got)
	}
	if d := readResolvConf(filepath.Join(t.TempDir(), "missing")); d.servers[0] != netip.MustParseAddr("127.0.0.1") || d.ndots != 1 {
		t.Errorf("defaults: %+v", d)
	}
}

// fakeDNS answers every query for known with one A record (with a
// compressed name) and every other name with NXDOMAIN.
func fakeDNS(t *testing.T, known string) {
	pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { pc.Close() })
	old := dnsPort
	dnsPort = pc.LocalAddr().(*net.UDPAddr).Port
	t.Cleanup(func() { dnsPort = old })
	go func() {
		buf := make([]byte, 512)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			q := buf[:n]
			name := ""
			for off := 12; q[off] != 0; off += 1 + int(q[off]) {
				name += string(q[off+1:off+1+int(q[off])]) + "."
			}
			qt := binary.BigEndian.Uint16(q[n-4:])
			resp := append([]byte(nil), q...)
			resp[2] |= 0x80
			if name != known {
				resp[3] = 3
			} else if qt == dnsTypeA {
				resp[7] = 1
				resp = append(resp, 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 7)
			}
			pc.WriteTo(resp, from)
		}
	}()
}

func TestDNSExchange(t *testing.T) {
	fakeDNS(t, "host.example.")
	c := resolvConf{servers: []netip.Addr{netip.MustParseAddr("127.0.0.1")}, ndots: 1, timeout: time.Second, attempts: 1}
	addrs, err := c.query("host.example.", dnsTypeA)
	if err != nil || len(addrs) != 1 || addrs[0] != netip.MustParseAddr("192.0.2.7") {
		t.Fatalf("A: %v %v", addrs, err)
	}
	if addrs, err := c.query("host.example.", dnsTypeAAAA); err != nil || len(addrs) != 0 {
		t.Errorf("AAAA: %v %v", addrs, err)
	}
	if _, err := c.query("other.example.", dnsTypeA); err != errNXDomain {
		t.Errorf("NXDOMAIN: %v", err)
	}
}

func TestDNSNoServer(t *testing.T) {
	// A closed port answers with ICMP unreachable: a temporary failure.
	fakeDNS(t, "x.")
	c := resolvConf{servers: []netip.Addr{netip.MustParseAddr("127.0.0.1")}, timeout: 200 * time.Millisecond, attempts: 1}
	dnsPort = 1
	if _, err := c.query("x.", dnsTypeA); err != errDNSAgain {
		t.Errorf("got %v", err)
	}
}

func TestDNSParseMalformed(t *testing.T) {
	for _, b := range [][]byte{nil, make([]byte, 11), {0, 1, 0x80, 0, 0, 1, 0, 1, 0, 0, 0, 0, 63}} {
		if _, err := dnsParse(b, 1, dnsTypeA); err != errDNSAgain {
			t.Errorf("%v: %v", b, err)
		}
	}
}

func TestInterfacesHasLoopback(t *testing.T) {
	ifs, err := interfaces()
	if err != nil {
		t.Skip(err)
	}
	sys, _ := net.Interfaces()
	if len(ifs) != len(sys) {
		t.Fatalf("netlink %v, net %v", ifs, sys)
	}
	for i := range ifs {
		if ifs[i].index != sys[i].Index || ifs[i].name != sys[i].Name {
			t.Errorf("%d: %v vs %v", i, ifs[i], sys[i])
		}
	}
}
