// This file defines how socket addresses cross between Python and the
// kernel: parsing an address argument of each family into a raw sockaddr
// (CPython's getsockaddrarg) and turning a raw sockaddr back into a Python
// value (makesockaddr).

package socket

import (
	"encoding/binary"
	"fmt"
	"net/netip"
	"syscall"

	"krait/runtime"
)

// The sizes of the kernel's address structures.
const (
	sizeofSockaddrIn  = 16
	sizeofSockaddrIn6 = 28
	sizeofSunPath     = 108
	sizeofSockaddrNl  = 12
	sizeofSockaddrAny = 128
)

// sockaddrFamily returns the family field of a raw address.
func sockaddrFamily(sa []byte) int {
	if len(sa) < 2 {
		return syscall.AF_UNSPEC
	}
	return int(binary.LittleEndian.Uint16(sa))
}

// newSockaddr returns a zeroed address of n bytes of family.
func newSockaddr(family, n int) []byte {
	sa := make([]byte, n)
	binary.LittleEndian.PutUint16(sa, uint16(family))
	return sa
}

// inetSockaddr builds a sockaddr_in.
func inetSockaddr(ip [4]byte, port int) []byte {
	sa := newSockaddr(syscall.AF_INET, sizeofSockaddrIn)
	binary.BigEndian.PutUint16(sa[2:], uint16(port))
	copy(sa[4:8], ip[:])
	return sa
}

// inet6Sockaddr builds a sockaddr_in6.
func inet6Sockaddr(ip [16]byte, port int, flowinfo, scope uint32) []byte {
	sa := newSockaddr(syscall.AF_INET6, sizeofSockaddrIn6)
	binary.BigEndian.PutUint16(sa[2:], uint16(port))
	binary.BigEndian.PutUint32(sa[4:], flowinfo)
	copy(sa[8:24], ip[:])
	binary.LittleEndian.PutUint32(sa[24:], scope)
	return sa
}

// parseAddr converts the address argument of method caller (bind,
// connect, sendto) for a socket of s's family.
func (s *sockObject) parseAddr(v runtime.Value, caller string) ([]byte, *runtime.Exception) {
	switch s.family {
	case syscall.AF_UNIX:
		return parseUnixAddr(v)
	case syscall.AF_INET:
		return parseInetAddr(v, caller)
	case syscall.AF_INET6:
		return parseInet6Addr(v, caller)
	case syscall.AF_NETLINK:
		return parseNetlinkAddr(v, caller)
	case afVsock:
		return parseVsockAddr(v, caller)
	}
	return nil, runtime.NewExceptionMsg(runtime.OSErrorType, fmt.Sprintf("%s(): bad family", caller))
}

func parseUnixAddr(v runtime.Value) ([]byte, *runtime.Exception) {
	var path []byte
	if str, ok := v.TryStr(); ok {
		b, err := fsencode(str.S)
		if err != nil {
			return nil, err
		}
		path = []byte(b)
	} else if b, ok := runtime.BufferBytes(v); ok {
		path = b
	} else {
		return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
	}
	abstract := len(path) > 0 && path[0] == 0
	if (abstract && len(path) > sizeofSunPath) || (!abstract && len(path) >= sizeofSunPath) {
		return nil, runtime.NewExceptionMsg(runtime.OSErrorType, "AF_UNIX path too long")
	}
	sa := newSockaddr(syscall.AF_UNIX, 2+len(path))
	copy(sa[2:], path)
	return sa, nil
}

func parseInetAddr(v runtime.Value, caller string) ([]byte, *runtime.Exception) {
	t, ok := v.TryTuple()
	if !ok {
		return nil, runtime.NewTypeError("%s(): AF_INET address must be tuple, not %s", caller, v.Type().Name)
	}
	items := t.Items()
	if len(items) != 2 {
		return nil, runtime.NewTypeError("AF_INET address must be a pair (host, port)")
	}
	host, err := hostArg(items[0])
	if err != nil {
		return nil, err
	}
	port, err := portArg(items[1], caller)
	if err != nil {
		return nil, err
	}
	ip, err := setIPAddr(host, syscall.AF_INET)
	if err != nil {
		return nil, err
	}
	a := ip.As4()
	return inetSockaddr(a, port), nil
}

func parseInet6Addr(v runtime.Value, caller string) ([]byte, *runtime.Exception) {
	t, ok := v.TryTuple()
	if !ok {
		return nil, runtime.NewTypeError("%s(): AF_INET6 address must be tuple, not %s", caller, v.Type().Name)
	}
	items := t.Items()
	if len(items) < 2 || len(items) > 4 {
		return nil, runtime.NewTypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
	}
	host, err := hostArg(items[0])
	if err != nil {
		return nil, err
	}
	port, err := portArg(items[1], caller)
	if err != nil {
		return nil, err
	}
	var flow, scope int64
	if len(items) > 2 {
		if flow, err = uintArg(items[2]); err != nil {
			return nil, err
		}
		if flow < 0 || flow > 0xfffff {
			return nil, runtime.NewOverflowError("%s(): flowinfo must be 0-1048575.", caller)
		}
	}
	if len(items) > 3 {
		if scope, err = uintArg(items[3]); err != nil {
			return nil, err
		}
	}
	ip, err := setIPAddr(host, syscall.AF_INET6)
	if err != nil {
		return nil, err
	}
	if z := ip.Zone(); z != "" && scope == 0 {
		scope = int64(zoneIndex(z))
	}
	return inet6Sockaddr(ip.As16(), port, uint32(flow), uint32(scope)), nil
}

func parseNetlinkAddr(v runtime.Value, caller string) ([]byte, *runtime.Exception) {
	t, ok := v.TryTuple()
	if !ok {
		return nil, runtime.NewTypeError("%s(): AF_NETLINK address must be tuple, not %s", caller, v.Type().Name)
	}
	items := t.Items()
	if len(items) != 2 {
		return nil, runtime.NewTypeError("AF_NETLINK address must be a pair (pid, groups)")
	}
	pid, err := uintArg(items[0])
	if err != nil {
		return nil, err
	}
	groups, err := uintArg(items[1])
	if err != nil {
		return nil, err
	}
	sa := newSockaddr(syscall.AF_NETLINK, sizeofSockaddrNl)
	binary.LittleEndian.PutUint32(sa[4:], uint32(pid))
	binary.LittleEndian.PutUint32(sa[8:], uint32(groups))
	return sa, nil
}

// afVsock is AF_VSOCK, the virtual machine sockets family.
const afVsock = 40

func parseVsockAddr(v runtime.Value, caller string) ([]byte, *runtime.Exception) {
	t, ok := v.TryTuple()
	if !ok {
		return nil, runtime.NewTypeError("%s(): AF_VSOCK address must be tuple, not %s", caller, v.Type().Name)
	}
	items := t.Items()
	if len(items) != 2 {
		return nil, runtime.NewTypeError("getsockaddrarg() takes exactly 2 arguments (%d given)", len(items))
	}
	cid, err := uintArg(items[0])
	if err != nil {
		return nil, err
	}
	port, err := uintArg(items[1])
	if err != nil {
		return nil, err
	}
	sa := newSockaddr(afVsock, 16)
	binary.LittleEndian.PutUint32(sa[4:], uint32(port))
	binary.LittleEndian.PutUint32(sa[8:], uint32(cid))
	return sa, nil
}

// portArg converts a port number, which must fit 16 bits.
func portArg(v runtime.Value, caller string) (int, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			return 0, runtime.NewOverflowError("%s(): port must be 0-65535.", caller)
		}
		return 0, err
	}
	if n < 0 || n > 0xffff {
		return 0, runtime.NewOverflowError("%s(): port must be 0-65535.", caller)
	}
	return int(n), nil
}

// uintArg converts an unsigned C int argument.
func uintArg(v runtime.Value) (int64, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	if n > 0xffffffff {
		return 0, runtime.NewOverflowError("Python int too large to convert to C unsigned long")
	}
	return n, nil
}

// hostArg converts a host name argument: str (IDNA-encoded when not
// ASCII), bytes or bytearray.
func hostArg(v runtime.Value) (string, *runtime.Exception) {
	if s, ok := v.TryStr(); ok {
		if isASCII(s.S) {
			return s.S, nil
		}
		b, err := runtime.CallMethod(v, "encode", runtime.StrValue("idna"))
		if err != nil {
			return "", err
		}
		raw, _ := b.TryBytes()
		return string(raw), nil
	}
	if b, ok := v.TryBytes(); ok {
		return string(b), nil
	}
	if b, ok := runtime.ByteArrayBuffer(v); ok {
		return string(b), nil
	}
	return "", runtime.NewTypeError("str, bytes or bytearray expected, not %s", v.Type().Name)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// setIPAddr resolves a host of an address argument to one address of
// family, as CPython's setipaddr: "" is the wildcard, "<broadcast>" the
// broadcast address, numeric addresses parse directly and names resolve.
func setIPAddr(host string, family int) (netip.Addr, *runtime.Exception) {
	switch host {
	case "":
		if family == syscall.AF_INET6 {
			return netip.IPv6Unspecified(), nil
		}
		return netip.IPv4Unspecified(), nil
	case "<broadcast>", "255.255.255.255":
		if family != syscall.AF_INET {
			return netip.Addr{}, runtime.NewExceptionMsg(runtime.OSErrorType, "address family mismatched")
		}
		return netip.AddrFrom4([4]byte{255, 255, 255, 255}), nil
	}
	if family == syscall.AF_INET {
		if ip, ok := parseIPv4Strict(host); ok {
			return netip.AddrFrom4(ip), nil
		}
	} else if ip, err := netip.ParseAddr(host); err == nil && ip.Is6() {
		return ip, nil
	}
	addrs, gerr := resolveHost(host, family)
	if gerr != nil {
		return netip.Addr{}, gerr.exception()
	}
	for _, a := range addrs {
		if family == syscall.AF_INET && a.Is4() {
			return a, nil
		}
		if family == syscall.AF_INET6 {
			if a.Is4() {
				return netip.AddrFrom16(a.As16()), nil
			}
			return a, nil
		}
	}
	return netip.Addr{}, gaiError{eaiNoName}.exception()
}

// makeAddr converts a raw address from the kernel into its Python form:
// (host, port) for AF_INET, (host, port, flowinfo, scope_id) for
// AF_INET6, a path (str, or bytes in the abstract namespace) for AF_UNIX,
// (pid, groups) for AF_NETLINK, None for an empty address, and
// (family, bytes) for the others.
func makeAddr(sa []byte) runtime.Value {
	if len(sa) == 0 {
		return runtime.None
	}
	switch sockaddrFamily(sa) {
	case syscall.AF_INET:
		if len(sa) >= 8 {
			var ip [4]byte
			copy(ip[:], sa[4:8])
			return runtime.TupleValue(runtime.StrValue(netip.AddrFrom4(ip).String()),
				runtime.Int(int64(binary.BigEndian.Uint16(sa[2:]))))
		}
	case syscall.AF_INET6:
		if len(sa) >= sizeofSockaddrIn6 {
			var ip [16]byte
			copy(ip[:], sa[8:24])
			scope := binary.LittleEndian.Uint32(sa[24:])
			return runtime.TupleValue(runtime.StrValue(formatIPv6(ip)),
				runtime.Int(int64(binary.BigEndian.Uint16(sa[2:]))),
				runtime.Int(int64(binary.BigEndian.Uint32(sa[4:]))), runtime.Int(int64(scope)))
		}
	case syscall.AF_UNIX:
		path := sa[2:]
		if len(path) > 0 && path[0] == 0 {
			return runtime.NewBytes(append([]byte(nil), path...))
		}
		for i, c := range path {
			if c == 0 {
				path = path[:i]
				break
			}
		}
		return fsdecode(string(path))
	case afVsock:
		if len(sa) >= 12 {
			return runtime.TupleValue(runtime.Int(int64(binary.LittleEndian.Uint32(sa[8:]))),
				runtime.Int(int64(binary.LittleEndian.Uint32(sa[4:]))))
		}
	case syscall.AF_NETLINK:
		if len(sa) >= sizeofSockaddrNl {
			return runtime.TupleValue(runtime.Int(int64(binary.LittleEndian.Uint32(sa[4:]))),
				runtime.Int(int64(binary.LittleEndian.Uint32(sa[8:]))))
		}
	}
	data := []byte{}
	if len(sa) > 2 {
		data = append(data, sa[2:]...)
	}
	return runtime.TupleValue(runtime.Int(int64(sockaddrFamily(sa))), runtime.NewBytes(data))
}

// ipv6String formats an IPv6 address as getnameinfo(NI_NUMERICHOST) does,
// with the interface of a link-local scope after '%'.
func ipv6String(ip [16]byte, scope uint32) string {
	a := netip.AddrFrom16(ip)
	s := a.String()
	if scope != 0 && (a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast()) {
		if name, ok := indexToName(int(scope)); ok {
			return s + "%" + name
		}
		return fmt.Sprintf("%s%%%d", s, scope)
	}
	return s
}

// fsencode encodes a str path as the file system encoding (UTF-8 with
// surrogateescape).
func fsencode(s string) (string, *runtime.Exception) {
	if !hasSurrogates(s) {
		return s, nil
	}
	b, err := runtime.Encode(s, "utf-8", "surrogateescape")
	if err != nil {
		return "", runtime.CodecErrorException(err)
	}
	return string(b), nil
}

// hasSurrogates reports whether s (WTF-8) holds surrogate code points.
func hasSurrogates(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 {
			return true
		}
	}
	return false
}

// fsdecode decodes a path from the kernel as os.fsdecode.
func fsdecode(b string) runtime.Value {
	if isASCII(b) {
		return runtime.StrValue(b)
	}
	s, err := runtime.Decode([]byte(b), "utf-8", "surrogateescape")
	if err != nil {
		return runtime.StrValue(b)
	}
	return runtime.StrValue(s)
}
