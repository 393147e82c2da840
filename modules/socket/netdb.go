// This file defines the module's resolver functions: getaddrinfo,
// getnameinfo, gethostbyname(_ex), gethostbyaddr, getservbyname/port,
// getprotobyname and gethostname, with glibc's results and errors.

package socket

import (
	"net/netip"
	"os"
	"strconv"
	"syscall"

	"krait/runtime"
)

// The getaddrinfo and getnameinfo flags.
const (
	aiPassive     = 0x1
	aiCanonName   = 0x2
	aiNumericHost = 0x4
	aiV4Mapped    = 0x8
	aiAll         = 0x10
	aiAddrConfig  = 0x20
	aiNumericServ = 0x400
	aiKnownFlags  = 0x7f | 0x400 | 0x80 | 0x100 | 0x200

	niNumericHost = 0x1
	niNumericServ = 0x2
	niNoFQDN      = 0x4
	niNameReqd    = 0x8
	niDgram       = 0x10
)

// sockKind is one (type, protocol) pair getaddrinfo reports.
type sockKind struct{ typ, proto int }

var inetKinds = []sockKind{{syscall.SOCK_STREAM, syscall.IPPROTO_TCP}, {syscall.SOCK_DGRAM, syscall.IPPROTO_UDP},
	{syscall.SOCK_RAW, 0}, {syscall.SOCK_SEQPACKET, 132}}

// kindsFor returns the kinds matching the requested type and protocol.
func kindsFor(typ, proto int) ([]sockKind, *gaiError) {
	if typ == 0 && proto == 0 {
		return inetKinds[:3], nil
	}
	var out []sockKind
	for _, k := range inetKinds {
		if (typ == 0 || k.typ == typ) && (proto == 0 || k.proto == proto || k.typ == syscall.SOCK_RAW && typ != 0) {
			kk := k
			if k.typ == syscall.SOCK_RAW {
				kk.proto = proto
			}
			out = append(out, kk)
			if typ == 0 {
				break
			}
		}
	}
	if len(out) == 0 {
		if typ != 0 && typ != syscall.SOCK_STREAM && typ != syscall.SOCK_DGRAM && typ != syscall.SOCK_RAW && typ != syscall.SOCK_SEQPACKET {
			return nil, &gaiError{eaiSockType}
		}
		return nil, &gaiError{eaiService}
	}
	return out, nil
}

func protoName(k sockKind) string {
	switch k.typ {
	case syscall.SOCK_STREAM:
		return "tcp"
	case syscall.SOCK_DGRAM:
		return "udp"
	case syscall.SOCK_SEQPACKET:
		return "sctp"
	}
	return ""
}

func socket_getaddrinfo(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	var host, port *string
	if !a[0].IsNone() {
		if _, ok := a[0].TryStr(); !ok {
			if _, ok := a[0].TryBytes(); !ok {
				return runtime.Value{}, runtime.NewTypeError("getaddrinfo() argument 1 must be string or None")
			}
		}
		h, err := hostArg(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		host = &h
	}
	if !a[1].IsNone() {
		var p string
		if n, ok := runtime.IntOf(a[1]); ok {
			p = strconv.FormatInt(n, 10)
		} else if s, ok := a[1].TryStr(); ok {
			b, err := runtime.CallMethod(a[1], "encode", runtime.StrValue("utf-8"))
			if err != nil {
				return runtime.Value{}, err
			}
			raw, _ := b.TryBytes()
			p = string(raw)
			_ = s
		} else if b, ok := a[1].TryBytes(); ok {
			p = string(b)
		} else {
			return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "Int or String expected")
		}
		port = &p
	}
	var ints [4]int
	for i := range ints {
		n, err := intArg(a[2+i])
		if err != nil {
			return runtime.Value{}, err
		}
		ints[i] = n
	}
	var res []runtime.Value
	var gerr *gaiError
	res, gerr = getaddrinfo(host, port, ints[0], ints[1], ints[2], ints[3])
	if gerr != nil {
		return runtime.Value{}, gerr.exception()
	}
	return runtime.NewList(res), nil
}

// getaddrinfo resolves (host, port) into getaddrinfo's result tuples.
func getaddrinfo(host, port *string, family, typ, proto, flags int) ([]runtime.Value, *gaiError) {
	if flags&^aiKnownFlags != 0 {
		return nil, &gaiError{eaiBadFlags}
	}
	if host == nil && port == nil {
		return nil, &gaiError{eaiNoName}
	}
	if family != syscall.AF_UNSPEC && family != syscall.AF_INET && family != syscall.AF_INET6 {
		return nil, &gaiError{eaiFamily}
	}
	kinds, gerr := kindsFor(typ, proto)
	if gerr != nil {
		return nil, gerr
	}
	portNum := 0
	if port != nil {
		var gerr *gaiError
		if kinds, portNum, gerr = resolvePort(*port, kinds, flags); gerr != nil {
			return nil, gerr
		}
	}
	addrs, canon, gerr := resolveAddrs(host, family, flags)
	if gerr != nil {
		return nil, gerr
	}
	var out []runtime.Value
	for _, ad := range addrs {
		fam := syscall.AF_INET6
		if ad.Is4() {
			fam = syscall.AF_INET
		}
		for _, k := range kinds {
			cn := ""
			if len(out) == 0 && flags&aiCanonName != 0 {
				cn = canon
			}
			out = append(out, runtime.TupleValue(runtime.Int(int64(fam)), runtime.Int(int64(k.typ)),
				runtime.Int(int64(k.proto)), runtime.StrValue(cn), makeAddr(addrSockaddr(ad, portNum))))
		}
	}
	return out, nil
}

// addrSockaddr builds the raw address of ad and port.
func addrSockaddr(ad netip.Addr, port int) []byte {
	if ad.Is4() {
		return inetSockaddr(ad.As4(), port)
	}
	return inet6Sockaddr(ad.As16(), port, 0, uint32(zoneIndex(ad.Zone())))
}

// zoneIndex converts an IPv6 zone (an interface name or number).
func zoneIndex(z string) int {
	if z == "" {
		return 0
	}
	if n, err := strconv.Atoi(z); err == nil {
		return n
	}
	if i, ok := nameToIndex(z); ok {
		return i
	}
	return 0
}

// resolvePort resolves a service for the kinds requested, keeping the
// kinds whose protocol has it.
func resolvePort(p string, kinds []sockKind, flags int) ([]sockKind, int, *gaiError) {
	if n, err := strconv.ParseInt(p, 10, 64); err == nil {
		if n < 0 {
			return nil, 0, &gaiError{eaiService}
		}
		var out []sockKind
		for _, k := range kinds {
			if k.typ != syscall.SOCK_RAW || len(kinds) > 1 {
				out = append(out, k)
			}
		}
		if len(out) == 0 {
			return nil, 0, &gaiError{eaiService}
		}
		return out, int(uint16(n)), nil
	}
	if flags&aiNumericServ != 0 {
		return nil, 0, &gaiError{eaiNoName}
	}
	var out []sockKind
	port := -1
	for _, k := range kinds {
		if pn := protoName(k); pn != "" {
			if n, _, ok := lookupService(p, pn); ok {
				out = append(out, k)
				if port < 0 {
					port = n
				}
			}
		}
	}
	if len(out) == 0 {
		return nil, 0, &gaiError{eaiService}
	}
	return out, port, nil
}

// resolveAddrs resolves getaddrinfo's host argument.
func resolveAddrs(host *string, family, flags int) ([]netip.Addr, string, *gaiError) {
	if host == nil {
		var v4, v6 netip.Addr
		if flags&aiPassive != 0 {
			v4, v6 = netip.IPv4Unspecified(), netip.IPv6Unspecified()
		} else {
			v4, v6 = netip.AddrFrom4([4]byte{127, 0, 0, 1}), netip.IPv6Loopback()
		}
		switch family {
		case syscall.AF_INET:
			return []netip.Addr{v4}, "", nil
		case syscall.AF_INET6:
			return []netip.Addr{v6}, "", nil
		}
		if flags&aiPassive != 0 {
			return []netip.Addr{v4, v6}, "", nil
		}
		return []netip.Addr{v6, v4}, "", nil
	}
	h := *host
	if ip, ok := parseIPv4Aton(h); ok && h != "" {
		a := netip.AddrFrom4(ip)
		if family == syscall.AF_INET6 {
			if flags&aiV4Mapped == 0 {
				return nil, "", &gaiError{eaiAddrFamily}
			}
			a = netip.AddrFrom16(a.As16())
		}
		return []netip.Addr{a}, a.String(), nil
	}
	if a, err := netip.ParseAddr(h); err == nil && a.Is6() {
		if family == syscall.AF_INET {
			return nil, "", &gaiError{eaiAddrFamily}
		}
		return []netip.Addr{a}, h, nil
	}
	if flags&aiNumericHost != 0 || h == "" {
		return nil, "", &gaiError{eaiNoName}
	}
	addrs, canon, gerr := resolveHostCanon(h, family)
	if gerr != nil {
		return nil, "", gerr
	}
	return addrs, canon, nil
}

func socket_getnameinfo(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	t, ok := a[0].TryTuple()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("getnameinfo() argument 1 must be a tuple")
	}
	flags, err := intArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	items := t.Items()
	if len(items) < 2 || len(items) > 4 {
		return runtime.Value{}, runtime.NewTypeError("getnameinfo(): illegal sockaddr argument")
	}
	hostV, ok := items[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("getnameinfo(): illegal sockaddr argument")
	}
	port, err := intArg(items[1])
	if err != nil {
		return runtime.Value{}, err
	}
	var flow, scope int64
	if len(items) > 2 {
		if flow, err = uintArg(items[2]); err != nil {
			return runtime.Value{}, err
		}
		if flow > 0xfffff {
			return runtime.Value{}, runtime.NewOverflowError("getnameinfo(): flowinfo must be 0-1048575.")
		}
	}
	if len(items) > 3 {
		if scope, err = uintArg(items[3]); err != nil {
			return runtime.Value{}, err
		}
	}
	addrs, _, gerr := resolveAddrs(&hostV.S, syscall.AF_UNSPEC, aiNumericHost)
	if gerr != nil {
		return runtime.Value{}, gerr.exception()
	}
	ad := addrs[0]
	if ad.Is4() && len(items) != 2 {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "IPv4 sockaddr must be 2 tuple")
	}
	hostOut := ""
	if flags&niNumericHost == 0 {
		if names := reverseHosts(ad); len(names) > 0 {
			hostOut = names[0]
		}
	}
	if hostOut == "" {
		if flags&niNameReqd != 0 {
			return runtime.Value{}, gaiError{eaiNoName}.exception()
		}
		hostOut = ad.WithZone("").String()
		if ad.Is6() {
			hostOut = ipv6String(ad.As16(), uint32(scope))
		}
	}
	servOut := strconv.Itoa(int(uint16(port)))
	if flags&niNumericServ == 0 {
		proto := "tcp"
		if flags&niDgram != 0 {
			proto = "udp"
		}
		if name, ok := serviceName(int(uint16(port)), proto); ok {
			servOut = name
		}
	}
	return runtime.TupleValue(runtime.StrValue(hostOut), runtime.StrValue(servOut)), nil
}

// hostAddrs resolves the argument of gethostbyname: IPv4 addresses only.
func hostAddrs(v runtime.Value) ([]netip.Addr, string, *runtime.Exception) {
	h, err := hostArg(v)
	if err != nil {
		return nil, "", err
	}
	switch h {
	case "":
		return []netip.Addr{netip.IPv4Unspecified()}, "", nil
	case "<broadcast>":
		return []netip.Addr{netip.AddrFrom4([4]byte{255, 255, 255, 255})}, "", nil
	}
	addrs, canon, gerr := resolveAddrs(&h, syscall.AF_INET, 0)
	if gerr != nil {
		return nil, "", gerr.exception()
	}
	return addrs, canon, nil
}

func socket_gethostbyname(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	addrs, _, err := hostAddrs(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(addrs[0].String()), nil
}

// hostTuple is gethostbyname_ex's (name, aliases, addresses).
func hostTuple(name string, aliases []string, addrs []netip.Addr) runtime.Value {
	al := make([]runtime.Value, len(aliases))
	for i, s := range aliases {
		al[i] = runtime.StrValue(s)
	}
	ad := make([]runtime.Value, len(addrs))
	for i, x := range addrs {
		ad[i] = runtime.StrValue(x.String())
	}
	return runtime.TupleValue(runtime.StrValue(name), runtime.NewList(al), runtime.NewList(ad))
}

func socket_gethostbyname_ex(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	addrs, canon, err := hostAddrs(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if canon == "" {
		canon = addrs[0].String()
	}
	var aliases []string
	if names := reverseHosts(addrs[0]); len(names) > 0 && names[0] == canon {
		aliases = names[1:]
	}
	return hostTuple(canon, aliases, addrs), nil
}

func socket_gethostbyaddr(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	h, err := hostArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	addrs, _, gerr := resolveAddrs(&h, syscall.AF_UNSPEC, 0)
	if gerr != nil {
		return runtime.Value{}, gerr.exception()
	}
	ad := addrs[0]
	names := reverseHosts(ad)
	if len(names) == 0 {
		return runtime.Value{}, newOSErrorOf(herrorType, 1, "Unknown host")
	}
	return hostTuple(names[0], names[1:], []netip.Addr{ad}), nil
}

func socket_gethostname(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := runtime.Audit("socket.gethostname"); err != nil {
		return runtime.Value{}, err
	}
	name, err := os.Hostname()
	if err != nil {
		return runtime.Value{}, osErr(err)
	}
	return runtime.StrValue(name), nil
}

func socket_sethostname(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	var name []byte
	if s, ok := a[0].TryStr(); ok {
		b, err := fsencode(s.S)
		if err != nil {
			return runtime.Value{}, err
		}
		name = []byte(b)
	} else if b, ok := runtime.BufferBytes(a[0]); ok {
		name = b
	} else {
		return runtime.Value{}, runtime.NewTypeError("sethostname() argument 1 must be str or bytes-like object, not %s", a[0].Type().Name)
	}
	if e := syscall.Sethostname(name); e != nil {
		return runtime.Value{}, osErr(e)
	}
	return runtime.None, nil
}

// strArg converts a str argument of a function with PyArg_ParseTuple's
// message.
func strArg(v runtime.Value, fn string, n int) (string, *runtime.Exception) {
	s, ok := v.TryStr()
	if !ok {
		return "", runtime.NewTypeError("%s() argument %d must be str, not %s", fn, n, v.Type().Name)
	}
	return s.S, nil
}

func socket_getservbyname(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	name, err := strArg(a[0], "getservbyname", 1)
	if err != nil {
		return runtime.Value{}, err
	}
	proto := ""
	if !a[1].IsNull() {
		if proto, err = strArg(a[1], "getservbyname", 2); err != nil {
			return runtime.Value{}, err
		}
	}
	port, _, ok := lookupService(name, proto)
	if !ok {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "service/proto not found")
	}
	return runtime.Int(int64(port)), nil
}

func socket_getservbyport(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	port, err := intArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if port < 0 || port > 0xffff {
		return runtime.Value{}, runtime.NewOverflowError("getservbyport: port must be 0-65535.")
	}
	proto := ""
	if !a[1].IsNull() {
		if proto, err = strArg(a[1], "getservbyport", 2); err != nil {
			return runtime.Value{}, err
		}
	}
	name, ok := serviceName(port, proto)
	if !ok {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "port/proto not found")
	}
	return runtime.StrValue(name), nil
}

func socket_getprotobyname(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	name, err := strArg(a[0], "getprotobyname", 1)
	if err != nil {
		return runtime.Value{}, err
	}
	n, ok := protocolNumber(name)
	if !ok {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "protocol not found")
	}
	return runtime.Int(int64(n)), nil
}
