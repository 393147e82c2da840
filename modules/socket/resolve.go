// This file defines name resolution in pure Go, as glibc's "files dns"
// order does it: numeric addresses, /etc/hosts, then DNS through the stub
// resolver of dns.go; and the /etc/services and /etc/protocols databases.

package socket

import (
	"bufio"
	"net/netip"
	"strconv"
	"strings"
	"syscall"

	"krait/internal/nopoll"
	"krait/runtime"
)

// The getaddrinfo error codes (EAI_*) of glibc.
const (
	eaiBadFlags   = -1
	eaiNoName     = -2
	eaiAgain      = -3
	eaiFail       = -4
	eaiFamily     = -6
	eaiSockType   = -7
	eaiService    = -8
	eaiAddrFamily = -9
)

var gaiMessages = map[int]string{
	eaiBadFlags: "Bad value for ai_flags", eaiNoName: "Name or service not known",
	eaiAgain: "Temporary failure in name resolution", eaiFail: "Non-recoverable failure in name resolution",
	-5: "No address associated with hostname", eaiFamily: "ai_family not supported",
	eaiSockType: "ai_socktype not supported", eaiService: "Servname not supported for ai_socktype",
	eaiAddrFamily: "Address family for hostname not supported", -10: "Memory allocation failure",
	-11: "System error",
}

// gaiError is a resolution failure, raised as socket.gaierror.
type gaiError struct{ code int }

func (g gaiError) exception() *runtime.Exception {
	msg, ok := gaiMessages[g.code]
	if !ok {
		msg = "Unknown error"
	}
	return newOSErrorOf(gaierrorType, g.code, msg)
}

// newOSErrorOf instantiates an OSError subclass through its constructor,
// which sets errno and strerror from the arguments.
func newOSErrorOf(t *runtime.Type, code int, msg string) *runtime.Exception {
	v, err := runtime.Call(t.Value(), []runtime.Value{runtime.Int(int64(code)), runtime.StrValue(msg)}, nil)
	if err != nil {
		return err
	}
	if e, ok := v.TryException(); ok {
		return e
	}
	return runtime.NewException(t, runtime.Int(int64(code)), runtime.StrValue(msg))
}

// hostsEntry is one line of /etc/hosts.
type hostsEntry struct {
	addr  netip.Addr
	names []string // canonical name first, then aliases
}

// readHosts parses /etc/hosts (read on each lookup, as glibc does).
func readHosts() []hostsEntry {
	var out []hostsEntry
	forEachLine("/etc/hosts", func(f []string) {
		if len(f) < 2 {
			return
		}
		a, err := netip.ParseAddr(f[0])
		if err != nil {
			return
		}
		out = append(out, hostsEntry{a.Unmap(), f[1:]})
	})
	return out
}

// forEachLine calls fn with the fields of each line of a database file,
// comments removed.
func forEachLine(path string, fn func(fields []string)) {
	f, err := nopoll.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if fields := strings.Fields(line); len(fields) > 0 {
			fn(fields)
		}
	}
}

// lookupHosts returns the /etc/hosts addresses of name and its canonical
// name.
func lookupHosts(name string) ([]netip.Addr, string) {
	var addrs []netip.Addr
	canon := ""
	for _, e := range readHosts() {
		for _, n := range e.names {
			if strings.EqualFold(n, name) {
				addrs = append(addrs, e.addr)
				if canon == "" {
					canon = e.names[0]
				}
				break
			}
		}
	}
	return addrs, canon
}

// resolveHost resolves a host name (not numeric) to its addresses of
// family (AF_UNSPEC for any): /etc/hosts first, then DNS.
func resolveHost(name string, family int) ([]netip.Addr, *gaiError) {
	addrs, _, gerr := resolveHostCanon(name, family)
	return addrs, gerr
}

func resolveHostCanon(name string, family int) ([]netip.Addr, string, *gaiError) {
	if addrs, canon := lookupHosts(name); len(addrs) > 0 {
		if out := filterFamily(addrs, family); len(out) > 0 {
			return out, canon, nil
		}
		return nil, "", &gaiError{eaiNoName}
	}
	if name == "" || strings.ContainsAny(name, " \t\n/") {
		return nil, "", &gaiError{eaiNoName}
	}
	var addrs []netip.Addr
	var err error
	runtime.BlockingCall(func() { addrs, err = dnsLookup(name, family) })
	if err == errDNSAgain {
		return nil, "", &gaiError{eaiAgain}
	}
	if err != nil {
		return nil, "", &gaiError{eaiNoName}
	}
	if out := filterFamily(addrs, family); len(out) > 0 {
		return out, name, nil
	}
	return nil, "", &gaiError{eaiNoName}
}

func filterFamily(addrs []netip.Addr, family int) []netip.Addr {
	var out []netip.Addr
	for _, a := range addrs {
		if family == syscall.AF_UNSPEC || (family == syscall.AF_INET) == a.Is4() {
			out = append(out, a)
		}
	}
	return out
}

// reverseHosts finds the /etc/hosts names of an address.
func reverseHosts(a netip.Addr) []string {
	for _, e := range readHosts() {
		if e.addr == a.Unmap() {
			return e.names
		}
	}
	return nil
}

// parseIPv4Strict parses a dotted quad as inet_pton does.
func parseIPv4Strict(s string) ([4]byte, bool) {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is4() {
		return [4]byte{}, false
	}
	return a.As4(), true
}

// parseIPv4Aton parses an IPv4 address as inet_aton does: one to four
// parts in decimal, octal (leading 0) or hex (leading 0x), the last part
// filling the remaining bytes.
func parseIPv4Aton(s string) ([4]byte, bool) {
	var out [4]byte
	// glibc accepts trailing whitespace and ignores what follows it.
	if i := strings.IndexAny(s, " \t\n"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) == 0 || len(parts) > 4 {
		return out, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		if p == "" {
			return out, false
		}
		base := 10
		switch {
		case strings.HasPrefix(p, "0x") || strings.HasPrefix(p, "0X"):
			base, p = 16, p[2:]
			if p == "" {
				p = "0"
			}
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		v, err := strconv.ParseUint(p, base, 32)
		if err != nil {
			return out, false
		}
		vals[i] = v
	}
	last := vals[len(vals)-1]
	for _, v := range vals[:len(vals)-1] {
		if v > 255 {
			return out, false
		}
	}
	if last >= 1<<(8*(5-len(vals))) && len(vals) > 1 || last > 0xffffffff {
		return out, false
	}
	n := last
	for i, v := range vals[:len(vals)-1] {
		n |= v << (24 - 8*i)
	}
	out[0], out[1], out[2], out[3] = byte(n>>24), byte(n>>16), byte(n>>8), byte(n)
	return out, true
}

// service is one /etc/services entry.
type service struct {
	name  string
	port  int
	proto string
}

func readServices() []service {
	var out []service
	forEachLine("/etc/services", func(f []string) {
		if len(f) < 2 {
			return
		}
		pp := strings.SplitN(f[1], "/", 2)
		if len(pp) != 2 {
			return
		}
		port, err := strconv.Atoi(pp[0])
		if err != nil {
			return
		}
		out = append(out, service{f[0], port, pp[1]})
		for _, alias := range f[2:] {
			out = append(out, service{alias, port, pp[1]})
		}
	})
	return out
}

// lookupService returns the port of a named service for proto ("" for
// any) and the protocols it exists for.
func lookupService(name, proto string) (int, []string, bool) {
	port := -1
	var protos []string
	for _, s := range readServices() {
		if s.name == name && (proto == "" || s.proto == proto) {
			if port < 0 {
				port = s.port
			}
			if s.port == port {
				protos = append(protos, s.proto)
			}
		}
	}
	return port, protos, port >= 0
}

// serviceName returns the canonical name of the service on port for proto.
func serviceName(port int, proto string) (string, bool) {
	forName := ""
	forEachLine("/etc/services", func(f []string) {
		if forName != "" || len(f) < 2 {
			return
		}
		pp := strings.SplitN(f[1], "/", 2)
		if len(pp) == 2 && pp[0] == strconv.Itoa(port) && (proto == "" || pp[1] == proto) {
			forName = f[0]
		}
	})
	return forName, forName != ""
}

// protocolNumber returns the number of a protocol named in /etc/protocols.
func protocolNumber(name string) (int, bool) {
	num := -1
	forEachLine("/etc/protocols", func(f []string) {
		if num >= 0 || len(f) < 2 {
			return
		}
		match := f[0] == name
		for _, alias := range f[2:] {
			match = match || alias == name
		}
		if match {
			if n, err := strconv.Atoi(f[1]); err == nil {
				num = n
			}
		}
	})
	return num, num >= 0
}
