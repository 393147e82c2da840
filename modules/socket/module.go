// Package socket is CPython 3.11's _socket module on Linux: the socket
// type, address conversion for AF_INET, AF_INET6, AF_UNIX and AF_NETLINK,
// name resolution in pure Go, and the byte-order and address-text helpers.
package socket

import (
	"sync"
	"syscall"

	"krait/runtime"
)

// Module is the _socket module.
var Module = &runtime.ModuleDef{
	Name: "_socket",
	Doc: "Implementation module for socket operations.\n\n" +
		"See the socket module for documentation.",
	Methods: []runtime.Method{
		{Name: "CMSG_LEN", Sig: "length, /", Flags: runtime.MethOld, Fn: socket_CMSG_LEN},
		{Name: "CMSG_SPACE", Sig: "length, /", Flags: runtime.MethOld, Fn: socket_CMSG_SPACE},
		{Name: "close", Flags: runtime.MethO, Fn: socket_close},
		{Name: "dup", Flags: runtime.MethO, Fn: socket_dup},
		{Name: "getaddrinfo", Sig: "host, port, family=0, type=0, proto=0, flags=0", Fn: socket_getaddrinfo},
		{Name: "getdefaulttimeout", Flags: runtime.MethNoArgs, Fn: socket_getdefaulttimeout},
		{Name: "gethostbyaddr", Sig: "host, /", Flags: runtime.MethOld, Fn: socket_gethostbyaddr},
		{Name: "gethostbyname", Sig: "host, /", Flags: runtime.MethOld, Fn: socket_gethostbyname},
		{Name: "gethostbyname_ex", Sig: "host, /", Flags: runtime.MethOld, Fn: socket_gethostbyname_ex},
		{Name: "gethostname", Flags: runtime.MethNoArgs, Fn: socket_gethostname},
		{Name: "getnameinfo", Sig: "sockaddr, flags, /", Flags: runtime.MethOld, Fn: socket_getnameinfo},
		{Name: "getprotobyname", Sig: "name, /", Flags: runtime.MethOld, Fn: socket_getprotobyname},
		{Name: "getservbyname", Sig: "servicename, protocolname=, /", Flags: runtime.MethOld, Fn: socket_getservbyname},
		{Name: "getservbyport", Sig: "port, protocolname=, /", Flags: runtime.MethOld, Fn: socket_getservbyport},
		{Name: "htonl", Flags: runtime.MethO, Fn: socket_htonl},
		{Name: "htons", Sig: "x, /", Fn: socket_htons},
		{Name: "if_indextoname", Flags: runtime.MethO, Fn: socket_if_indextoname},
		{Name: "if_nameindex", Flags: runtime.MethNoArgs, Fn: socket_if_nameindex},
		{Name: "if_nametoindex", Flags: runtime.MethO, Fn: socket_if_nametoindex},
		{Name: "inet_aton", Sig: "string, /", Flags: runtime.MethOld, Fn: socket_inet_aton},
		{Name: "inet_ntoa", Sig: "packed_ip, /", Fn: socket_inet_ntoa},
		{Name: "inet_ntop", Sig: "af, packed_ip, /", Flags: runtime.MethOld, Fn: socket_inet_ntop},
		{Name: "inet_pton", Sig: "af, ip_string, /", Flags: runtime.MethOld, Fn: socket_inet_pton},
		{Name: "ntohl", Flags: runtime.MethO, Fn: socket_htonl},
		{Name: "ntohs", Sig: "x, /", Fn: socket_ntohs},
		{Name: "setdefaulttimeout", Flags: runtime.MethO, Fn: socket_setdefaulttimeout},
		{Name: "sethostname", Sig: "name, /", Flags: runtime.MethOld, Fn: socket_sethostname},
		{Name: "socketpair", Sig: "family=, type=, proto=, /", Flags: runtime.MethOld, Fn: socket_socketpair},
	},
	Exec: socket_exec,
}

// herrorType and gaierrorType are socket.herror and socket.gaierror.
var herrorType, gaierrorType *runtime.Type

// typesOnce creates the module's classes on its first import (Exec), not
// at process start-up: the first class made during Go's package
// initialization faulted in the class-creation code only for the
// executable's pages to be dropped right after (cmd/krait dropInitPages).
var typesOnce sync.Once

func initTypes() {
	initSockType()
	herrorType = newError("herror")
	gaierrorType = newError("gaierror")
}

// newError creates an OSError subclass of module socket.
func newError(name string) *runtime.Type {
	return runtime.NewExceptionClass("socket", name, "", runtime.OSErrorType)
}

func socket_exec(m *runtime.Module) *runtime.Exception {
	typesOnce.Do(initTypes)
	for _, c := range constants {
		m.SetAttr(c.name, runtime.Int(c.value))
	}
	m.SetAttr("has_ipv6", runtime.True)
	m.SetAttr("socket", sockType.Value())
	m.SetAttr("SocketType", sockType.Value())
	m.SetAttr("error", runtime.OSErrorType.Value())
	m.SetAttr("timeout", runtime.ExceptionTypeByName("TimeoutError").Value())
	m.SetAttr("herror", herrorType.Value())
	m.SetAttr("gaierror", gaierrorType.Value())
	return nil
}

// defaultTimeout is setdefaulttimeout's value for new sockets; CPython
// keeps it per process too.
var defaultTimeout = noTimeout

func socket_getdefaulttimeout(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return timeoutValue(defaultTimeout), nil
}

func socket_setdefaulttimeout(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d, err := parseTimeout(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	defaultTimeout = d
	return runtime.None, nil
}

func socket_socketpair(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	family, err := optionalInt(a[0], syscall.AF_UNIX)
	if err != nil {
		return runtime.Value{}, err
	}
	typ, err := optionalInt(a[1], syscall.SOCK_STREAM)
	if err != nil {
		return runtime.Value{}, err
	}
	proto, err := optionalInt(a[2], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	fds, e := syscall.Socketpair(family, typ|syscall.SOCK_CLOEXEC, proto)
	if e != nil {
		return runtime.Value{}, osErr(e)
	}
	var out [2]runtime.Value
	for i, fd := range fds {
		v, _ := sock_new(sockType, nil, nil)
		if err := sockOf(v).setup(fd, family, typ, proto); err != nil {
			syscall.Close(fds[0])
			syscall.Close(fds[1])
			return runtime.Value{}, err
		}
		out[i] = v
	}
	return runtime.TupleValue(out[0], out[1]), nil
}

func socket_close(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := intArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Close(fd); e != nil && e != syscall.ECONNRESET {
		return runtime.Value{}, osErr(e)
	}
	return runtime.None, nil
}

func socket_dup(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := intArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	nfd, err := dupCloexec(fd)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(nfd)), nil
}
