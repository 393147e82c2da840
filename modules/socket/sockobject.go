// This file defines the _socket.socket type: its layout, creation
// (__new__/__init__ with fileno adoption), attributes, repr, close and
// finalization. The I/O methods are in sockio.go.

package socket

import (
	"fmt"
	"syscall"
	"time"

	"krait/runtime"
)

// sockObject is a _socket.socket. It embeds Instance so that socket.py's
// subclass can declare __slots__. fd is -1 once closed or detached;
// timeout is negative for a blocking socket (None), zero for a
// non-blocking one, else the timeout of each operation.
type sockObject struct {
	runtime.Instance
	fd      int
	family  int
	typ     int
	proto   int
	timeout time.Duration
}

// noTimeout is the timeout of a blocking socket.
const noTimeout time.Duration = -1

var sockType *runtime.Type

func initSockType() {
	sockType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_socket.socket", Flags: runtime.FlagBaseType,
		Doc: sockDoc, Methods: sockMethods, GetSets: sockGetSets}, func(t *runtime.Type) {
		t.New = sock_new
		t.Init = sock_init
		t.Repr = sock_repr
		t.InstAttrs = sockAttrs
	})
}

// sockAttrs gives Python subclasses an instance dictionary; bare sockets
// have none, as in CPython.
func sockAttrs(v runtime.Value) *runtime.Attrs {
	if v.Type() == sockType {
		return nil
	}
	return runtime.InstanceAttrs(v)
}

func sockOf(v runtime.Value) *sockObject { return runtime.PtrOf[sockObject](v) }

func sock_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	s := &sockObject{fd: -1, timeout: noTimeout}
	runtime.InitInstance(&s.Instance, t)
	v := runtime.ValueOf(s)
	if t == sockType {
		runtime.RegisterDel(v)
	}
	return v, nil
}

var sockInitMethod = runtime.Method{Name: "socket", Sig: "family=, type=, proto=, fileno="}

func sock_init(self runtime.Value, args []runtime.Value, kw []*runtime.Str) *runtime.Exception {
	var buf [4]runtime.Value
	a, err := runtime.BindArgs(&sockInitMethod, args, kw, buf[:0])
	if err != nil {
		return err
	}
	family, typ, proto := -1, -1, -1
	for i, p := range []*int{&family, &typ, &proto} {
		if !a[i].IsNull() {
			n, err := intArg(a[i])
			if err != nil {
				return err
			}
			*p = n
		}
	}
	s := sockOf(self)
	if err := runtime.Audit("socket.__new__", self, runtime.Int(int64(family)), runtime.Int(int64(typ)), runtime.Int(int64(proto))); err != nil {
		return err
	}
	if !a[3].IsNull() && !a[3].IsNone() {
		return s.adopt(a[3], family, typ, proto)
	}
	if family == -1 {
		family = syscall.AF_INET
	}
	if typ == -1 {
		typ = syscall.SOCK_STREAM
	}
	if proto == -1 {
		proto = 0
	}
	fd, e := syscall.Socket(family, typ|syscall.SOCK_CLOEXEC, proto)
	if runtime.ReclaimFds(e) {
		fd, e = syscall.Socket(family, typ|syscall.SOCK_CLOEXEC, proto)
	}
	if e != nil {
		return osErr(e)
	}
	return s.setup(fd, family, typ, proto)
}

// adopt makes s own the descriptor fileno, asking the kernel for the
// family, type and protocol the caller left at -1.
func (s *sockObject) adopt(fileno runtime.Value, family, typ, proto int) *runtime.Exception {
	if _, ok := runtime.FloatValueOf(fileno); ok && fileno.Type().Flags&runtime.FlagIntSubclass == 0 {
		return runtime.NewTypeError("'float' object cannot be interpreted as an integer")
	}
	n, err := runtime.IndexInt64(fileno, "")
	if err != nil {
		return err
	}
	if n < 0 {
		return runtime.NewValueError("negative file descriptor")
	}
	if n > 1<<31-1 {
		return runtime.NewOverflowError("file descriptor out of range")
	}
	fd := int(n)
	if family == -1 {
		sa, e := getName(fd, syscall.SYS_GETSOCKNAME)
		if e != nil {
			return osErr(e)
		}
		family = sockaddrFamily(sa)
	}
	if typ == -1 {
		t, e := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_TYPE)
		if e != nil {
			return osErr(e)
		}
		typ = t
	}
	if proto == -1 {
		p, e := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_PROTOCOL)
		if e != nil {
			return osErr(e)
		}
		proto = p
	}
	return s.setup(fd, family, typ, proto)
}

// setup records a new descriptor, as CPython's init_sockobject: the
// SOCK_NONBLOCK and SOCK_CLOEXEC flags are not part of the type, and the
// default timeout applies unless the type asked for a non-blocking socket.
func (s *sockObject) setup(fd, family, typ, proto int) *runtime.Exception {
	s.fd, s.family, s.proto = fd, family, proto
	s.typ = typ &^ (syscall.SOCK_NONBLOCK | syscall.SOCK_CLOEXEC)
	switch {
	case typ&syscall.SOCK_NONBLOCK != 0:
		s.timeout = 0
	default:
		s.timeout = defaultTimeout
	}
	if s.timeout >= 0 || typ&syscall.SOCK_NONBLOCK != 0 {
		if e := syscall.SetNonblock(fd, true); e != nil {
			return osErr(e)
		}
	}
	return nil
}

func sock_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sockOf(v)
	return runtime.StrValue(fmt.Sprintf("<socket object, fd=%d, family=%d, type=%d, proto=%d>",
		s.fd, s.family, s.typ, s.proto)), nil
}

var sockGetSets = []runtime.GetSetDef{
	{Name: "family", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(int64(sockOf(v).family)), nil
	}},
	{Name: "type", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(int64(sockOf(v).typ)), nil
	}},
	{Name: "proto", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(int64(sockOf(v).proto)), nil
	}},
	{Name: "timeout", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		return timeoutValue(sockOf(v).timeout), nil
	}},
}

// timeoutValue is a timeout as Python sees it: None or seconds.
func timeoutValue(d time.Duration) runtime.Value {
	if d < 0 {
		return runtime.None
	}
	return runtime.Float(d.Seconds())
}

func sock_close(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sockOf(self)
	fd := s.fd
	if fd < 0 {
		return runtime.None, nil
	}
	s.fd = -1
	// ECONNRESET is ignored as CPython does: the peer already went away.
	if e := syscall.Close(fd); e != nil && e != syscall.ECONNRESET {
		return runtime.Value{}, osErr(e)
	}
	return runtime.None, nil
}

func sock_detach(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sockOf(self)
	fd := s.fd
	s.fd = -1
	return runtime.Int(int64(fd)), nil
}

func sock_fileno(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Int(int64(sockOf(self).fd)), nil
}

// sock_del is __del__ (CPython's sock_finalize): an open socket is closed
// with a ResourceWarning.
func sock_del(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sockOf(self)
	if s.fd < 0 {
		return runtime.None, nil
	}
	r, err := runtime.Repr(self)
	if err == nil {
		if werr := runtime.ResourceWarning(self, "unclosed "+r.S, 1); werr != nil {
			runtime.WriteUnraisable(werr, "", self)
		}
	}
	fd := s.fd
	s.fd = -1
	syscall.Close(fd)
	return runtime.None, nil
}

func sock_gettimeout(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return timeoutValue(sockOf(self).timeout), nil
}

func sock_settimeout(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d, err := parseTimeout(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	s := sockOf(self)
	s.timeout = d
	return runtime.None, s.setBlockingMode(d < 0)
}

func sock_setblocking(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := runtime.IsTrue(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	s := sockOf(self)
	if b {
		s.timeout = noTimeout
	} else {
		s.timeout = 0
	}
	return runtime.None, s.setBlockingMode(b)
}

func sock_getblocking(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	// CPython reads the mode from the timeout, not from the descriptor.
	return runtime.Bool(sockOf(self).timeout != 0), nil
}

// setBlockingMode sets O_NONBLOCK on the descriptor: sockets with a
// timeout are non-blocking underneath and wait with poll.
func (s *sockObject) setBlockingMode(blocking bool) *runtime.Exception {
	if s.fd < 0 {
		return osErr(syscall.EBADF)
	}
	if e := syscall.SetNonblock(s.fd, !blocking); e != nil {
		return osErr(e)
	}
	return nil
}

// parseTimeout converts a timeout argument: None, or non-negative seconds.
func parseTimeout(v runtime.Value) (time.Duration, *runtime.Exception) {
	if v.IsNone() {
		return noTimeout, nil
	}
	var secs float64
	if f, ok := runtime.FloatValueOf(v); ok {
		secs = f
		if secs != secs {
			return 0, runtime.NewValueError("Invalid value NaN (not a number)")
		}
	} else {
		n, err := runtime.IndexInt64(v, "")
		if err != nil {
			if err.Matches(runtime.TypeErrorType) {
				return 0, runtime.NewTypeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
			}
			return 0, runtime.NewOverflowError("timestamp too large to convert to C _PyTime_t")
		}
		secs = float64(n)
	}
	if secs > 9.2e9 {
		if v.Type().Flags&runtime.FlagIntSubclass != 0 {
			return 0, runtime.NewOverflowError("timestamp too large to convert to C _PyTime_t")
		}
		return 0, runtime.NewOverflowError("timestamp out of range for platform time_t")
	}
	if secs < 0 {
		return 0, runtime.NewValueError("Timeout value out of range")
	}
	d := time.Duration(secs * 1e9)
	if d == 0 && secs > 0 {
		d = 1 // rounded up like CPython's _PyTime_ROUND_CEILING
	}
	return d, nil
}

// intArg converts an int argument that must fit a C int.
func intArg(v runtime.Value) (int, *runtime.Exception) {
	if _, ok := runtime.FloatValueOf(v); ok && v.Type().Flags&runtime.FlagIntSubclass == 0 {
		return 0, runtime.NewTypeError("'float' object cannot be interpreted as an integer")
	}
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			return 0, runtime.NewOverflowError("Python int too large to convert to C int")
		}
		return 0, err
	}
	if n > 1<<31-1 {
		return 0, runtime.NewOverflowError("signed integer is greater than maximum")
	}
	if n < -1<<31 {
		return 0, runtime.NewOverflowError("signed integer is less than minimum")
	}
	return int(n), nil
}

// osErr converts a failed system call into OSError (its errno subclass).
func osErr(e error) *runtime.Exception {
	return runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
}

const sockDoc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n" +
	"socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n" +
	"Open a socket of the given type.  The family argument specifies the\n" +
	"address family; it defaults to AF_INET.  The type argument specifies\n" +
	"whether this is a stream (SOCK_STREAM, this is the default)\n" +
	"or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n" +
	"specifying the default protocol.  Keyword arguments are accepted.\n" +
	"The socket is created as non-inheritable.\n\n" +
	"When a fileno is passed in, family, type and proto are auto-detected,\n" +
	"unless they are explicitly set.\n\n" +
	"A socket object represents one endpoint of a network connection.\n\n" +
	"Methods of socket objects (keyword arguments not allowed):\n\n" +
	"_accept() -- accept connection, returning new socket fd and client address\n" +
	"bind(addr) -- bind the socket to a local address\n" +
	"close() -- close the socket\n" +
	"connect(addr) -- connect the socket to a remote address\n" +
	"connect_ex(addr) -- connect, return an error code instead of an exception\n" +
	"dup() -- return a new socket fd duplicated from fileno()\n" +
	"fileno() -- return underlying file descriptor\n" +
	"getpeername() -- return remote address [*]\n" +
	"getsockname() -- return local address\n" +
	"getsockopt(level, optname[, buflen]) -- get socket options\n" +
	"gettimeout() -- return timeout or None\n" +
	"listen([n]) -- start listening for incoming connections\n" +
	"recv(buflen[, flags]) -- receive data\n" +
	"recv_into(buffer[, nbytes[, flags]]) -- receive data (into a buffer)\n" +
	"recvfrom(buflen[, flags]) -- receive data and sender's address\n" +
	"recvfrom_into(buffer[, nbytes, [, flags])\n" +
	"  -- receive data and sender's address (into a buffer)\n" +
	"sendall(data[, flags]) -- send all data\n" +
	"send(data[, flags]) -- send data, may not send all of it\n" +
	"sendto(data[, flags], addr) -- send data to a given address\n" +
	"setblocking(bool) -- set or clear the blocking I/O flag\n" +
	"getblocking() -- return True if socket is blocking, False if non-blocking\n" +
	"setsockopt(level, optname, value[, optlen]) -- set socket options\n" +
	"settimeout(None | float) -- set or clear the timeout\n" +
	"shutdown(how) -- shut down traffic in one or both directions\n\n" +
	" [*] not available on all platforms!"
