// This file defines a small DNS stub resolver (RFC 1035 over UDP) for
// getaddrinfo's "dns" step, configured from /etc/resolv.conf as glibc
// reads it. It exists so that Krait does not import package net, whose
// cgo resolver would make `go build` link the C library dynamically
// (DESIGN.md: one static binary).

package socket

import (
	"encoding/binary"
	"errors"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"krait/internal/nopoll"
)

// resolvConf is what the resolver takes from /etc/resolv.conf.
type resolvConf struct {
	servers  []netip.Addr
	search   []string
	ndots    int
	timeout  time.Duration
	attempts int
}

// readResolvConf parses path with glibc's defaults: a local server, ndots
// 1, a 5 second timeout and 2 attempts.
func readResolvConf(path string) resolvConf {
	conf := resolvConf{ndots: 1, timeout: 5 * time.Second, attempts: 2}
	data, _ := nopoll.ReadFile(path)
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || f[0][0] == '#' || f[0][0] == ';' {
			continue
		}
		switch f[0] {
		case "nameserver":
			if len(f) > 1 && len(conf.servers) < 3 {
				if a, err := netip.ParseAddr(f[1]); err == nil {
					conf.servers = append(conf.servers, a)
				}
			}
		case "domain", "search":
			conf.search = append([]string(nil), f[1:]...)
		case "options":
			conf.parseOptions(f[1:])
		}
	}
	if len(conf.servers) == 0 {
		conf.servers = []netip.Addr{netip.MustParseAddr("127.0.0.1")}
	}
	return conf
}

func (c *resolvConf) parseOptions(opts []string) {
	for _, o := range opts {
		name, val, _ := strings.Cut(o, ":")
		n, err := strconv.Atoi(val)
		if err != nil {
			continue
		}
		switch name {
		case "ndots":
			c.ndots = min(n, 15)
		case "timeout":
			c.timeout = time.Duration(max(n, 1)) * time.Second
		case "attempts":
			c.attempts = max(n, 1)
		}
	}
}

// candidates returns the names to query for name, in glibc's order: the
// name as given first when it has at least ndots dots, else the search
// domains first.
func (c *resolvConf) candidates(name string) []string {
	if strings.HasSuffix(name, ".") {
		return []string{name}
	}
	var withSearch []string
	for _, d := range c.search {
		withSearch = append(withSearch, name+"."+strings.TrimSuffix(d, ".")+".")
	}
	if strings.Count(name, ".") >= c.ndots {
		return append([]string{name + "."}, withSearch...)
	}
	return append(withSearch, name+".")
}

var (
	errNXDomain = errors.New("no such host")
	errDNSAgain = errors.New("temporary DNS failure")
)

// dnsPort is the servers' port (a variable for the tests' fake server).
var dnsPort = 53

const (
	dnsTypeA    = 1
	dnsTypeAAAA = 28
)

// dnsLookup resolves name to addresses of family (AF_UNSPEC for both):
// errNXDomain when every candidate name is unknown, errDNSAgain when no
// server answered.
func dnsLookup(name string, family int) ([]netip.Addr, error) {
	conf := readResolvConf("/etc/resolv.conf")
	var types []uint16
	if family != syscall.AF_INET6 {
		types = append(types, dnsTypeA)
	}
	if family != syscall.AF_INET {
		types = append(types, dnsTypeAAAA)
	}
	sawAnswer := false
	for _, cand := range conf.candidates(name) {
		var addrs []netip.Addr
		known := false
		for _, qt := range types {
			got, err := conf.query(cand, qt)
			if err == errDNSAgain {
				continue
			}
			sawAnswer = true
			if err == nil {
				known = true
				addrs = append(addrs, got...)
			}
		}
		if len(addrs) > 0 {
			return addrs, nil
		}
		if known {
			return nil, errNXDomain // the name exists without addresses
		}
	}
	if !sawAnswer {
		return nil, errDNSAgain
	}
	return nil, errNXDomain
}

// query asks the servers in turn for records of type qt of the fully
// qualified name fqdn.
func (c *resolvConf) query(fqdn string, qt uint16) ([]netip.Addr, error) {
	msg, id, ok := dnsQuery(fqdn, qt)
	if !ok {
		return nil, errNXDomain
	}
	for try := 0; try < c.attempts; try++ {
		for _, srv := range c.servers {
			resp, err := dnsExchange(srv, msg, c.timeout)
			if err != nil {
				continue
			}
			addrs, rerr := dnsParse(resp, id, qt)
			if rerr == errDNSAgain {
				continue
			}
			return addrs, rerr
		}
	}
	return nil, errDNSAgain
}

// dnsQuery builds a recursive query for one name and type.
func dnsQuery(fqdn string, qt uint16) ([]byte, uint16, bool) {
	id := uint16(time.Now().UnixNano()) ^ uint16(os.Getpid())
	msg := binary.BigEndian.AppendUint16(nil, id)
	msg = append(msg, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0) // RD; one question
	for _, label := range strings.Split(strings.TrimSuffix(fqdn, "."), ".") {
		if len(label) == 0 || len(label) > 63 {
			return nil, 0, false
		}
		msg = append(msg, byte(len(label)))
		msg = append(msg, label...)
	}
	msg = append(msg, 0)
	msg = binary.BigEndian.AppendUint16(msg, qt)
	msg = binary.BigEndian.AppendUint16(msg, 1) // class IN
	return msg, id, len(msg) <= 512
}

// dnsExchange sends msg to server port 53 over UDP and waits for one reply.
func dnsExchange(server netip.Addr, msg []byte, timeout time.Duration) ([]byte, error) {
	af := syscall.AF_INET
	var sa syscall.Sockaddr = &syscall.SockaddrInet4{Port: dnsPort, Addr: server.As4()}
	if server.Is6() && !server.Is4In6() {
		af = syscall.AF_INET6
		sa = &syscall.SockaddrInet6{Port: dnsPort, Addr: server.As16()}
	} else if server.Is4In6() {
		sa = &syscall.SockaddrInet4{Port: dnsPort, Addr: server.Unmap().As4()}
	}
	fd, err := syscall.Socket(af, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	tv := syscall.NsecToTimeval(timeout.Nanoseconds())
	if err := syscall.SetsockoptTimeval(fd, syscall.SOL_SOCKET, syscall.SO_RCVTIMEO, &tv); err != nil {
		return nil, err
	}
	if err := syscall.Connect(fd, sa); err != nil {
		return nil, err
	}
	if _, err := syscall.Write(fd, msg); err != nil {
		return nil, err
	}
	buf := make([]byte, 1500)
	for {
		n, err := syscall.Read(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		return buf[:n], nil
	}
}

// dnsParse returns the addresses of type qt in the answer section of a
// reply to query id.
func dnsParse(resp []byte, id, qt uint16) ([]netip.Addr, error) {
	if len(resp) < 12 || binary.BigEndian.Uint16(resp) != id || resp[2]&0x80 == 0 {
		return nil, errDNSAgain
	}
	switch resp[3] & 0x0f {
	case 0:
	case 3:
		return nil, errNXDomain
	default:
		return nil, errDNSAgain
	}
	qd, an := int(binary.BigEndian.Uint16(resp[4:])), int(binary.BigEndian.Uint16(resp[6:]))
	off := 12
	for i := 0; i < qd; i++ {
		if off = skipName(resp, off); off < 0 || off+4 > len(resp) {
			return nil, errDNSAgain
		}
		off += 4
	}
	var addrs []netip.Addr
	for i := 0; i < an; i++ {
		if off = skipName(resp, off); off < 0 || off+10 > len(resp) {
			return nil, errDNSAgain
		}
		typ, rdlen := binary.BigEndian.Uint16(resp[off:]), int(binary.BigEndian.Uint16(resp[off+8:]))
		off += 10
		if off+rdlen > len(resp) {
			return nil, errDNSAgain
		}
		if typ == qt {
			if a, ok := netip.AddrFromSlice(resp[off : off+rdlen]); ok {
				addrs = append(addrs, a)
			}
		}
		off += rdlen
	}
	return addrs, nil
}

// skipName returns the offset after the (possibly compressed) name at off,
// or -1 when it is malformed.
func skipName(msg []byte, off int) int {
	for off < len(msg) {
		n := int(msg[off])
		switch {
		case n == 0:
			return off + 1
		case n&0xc0 == 0xc0:
			return off + 2
		case n&0xc0 != 0:
			return -1
		}
		off += 1 + n
	}
	return -1
}
