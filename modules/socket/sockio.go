// This file defines the methods of _socket.socket that talk to the
// kernel: connection set-up, sending and receiving, options and names.

package socket

import (
	"encoding/binary"
	"syscall"
	"time"

	"krait/runtime"
)

var sockMethods = []runtime.Method{
	{Name: "_accept", Flags: runtime.MethNoArgs, Fn: sock_accept},
	{Name: "bind", Flags: runtime.MethO, Fn: sock_bind},
	{Name: "close", Flags: runtime.MethNoArgs, Fn: sock_close},
	{Name: "connect", Flags: runtime.MethO, Fn: sock_connect},
	{Name: "connect_ex", Flags: runtime.MethO, Fn: sock_connect_ex},
	{Name: "detach", Flags: runtime.MethNoArgs, Fn: sock_detach},
	{Name: "fileno", Flags: runtime.MethNoArgs, Fn: sock_fileno},
	{Name: "getblocking", Flags: runtime.MethNoArgs, Fn: sock_getblocking},
	{Name: "getpeername", Flags: runtime.MethNoArgs, Fn: sock_getpeername},
	{Name: "getsockname", Flags: runtime.MethNoArgs, Fn: sock_getsockname},
	{Name: "getsockopt", Sig: "level, option, buflen=, /", Flags: runtime.MethOld, Fn: sock_getsockopt},
	{Name: "gettimeout", Flags: runtime.MethNoArgs, Fn: sock_gettimeout},
	{Name: "listen", Sig: "backlog=, /", Flags: runtime.MethOld, Fn: sock_listen},
	{Name: "recv", Sig: "bufsize, flags=, /", Flags: runtime.MethOld, Fn: sock_recv},
	{Name: "recv_into", Sig: "buffer, nbytes=, flags=", Flags: runtime.MethOld, Fn: sock_recv_into},
	{Name: "recvfrom", Sig: "bufsize, flags=, /", Flags: runtime.MethOld, Fn: sock_recvfrom},
	{Name: "recvfrom_into", Sig: "buffer, nbytes=, flags=", Flags: runtime.MethOld, Fn: sock_recvfrom_into},
	{Name: "recvmsg", Sig: "bufsize, ancbufsize=, flags=, /", Flags: runtime.MethOld, Fn: sock_recvmsg},
	{Name: "recvmsg_into", Sig: "buffers, ancbufsize=, flags=, /", Flags: runtime.MethOld, Fn: sock_recvmsg_into},
	{Name: "send", Sig: "data, flags=, /", Flags: runtime.MethOld, Fn: sock_send},
	{Name: "sendall", Sig: "data, flags=, /", Flags: runtime.MethOld, Fn: sock_sendall},
	{Name: "sendmsg", Sig: "buffers, ancdata=, flags=, address=, /", Flags: runtime.MethOld, Fn: sock_sendmsg},
	{Name: "sendmsg_afalg", Sig: "msg=, *, op, iv=, assoclen=, flags=", Fn: sock_sendmsg_afalg},
	{Name: "sendto", Sig: "*args", Flags: runtime.MethOld, Fn: sock_sendto},
	{Name: "setblocking", Flags: runtime.MethO, Fn: sock_setblocking},
	{Name: "setsockopt", Sig: "level, option, value, optlen=, /", Flags: runtime.MethOld, Fn: sock_setsockopt},
	{Name: "settimeout", Flags: runtime.MethO, Fn: sock_settimeout},
	{Name: "shutdown", Flags: runtime.MethO, Fn: sock_shutdown},
	{Name: "__del__", Flags: runtime.MethNoArgs, Fn: sock_del},
}

// checkOpen fails with EBADF for a closed socket before any wait.
func (s *sockObject) checkOpen() *runtime.Exception {
	if s.fd < 0 {
		return osErr(syscall.EBADF)
	}
	return nil
}

func sock_accept(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sockOf(self)
	if err := s.checkOpen(); err != nil {
		return runtime.Value{}, err
	}
	var nfd int
	var sa []byte
	err := s.call(false, false, func(int) (e error) {
		nfd, sa, e = sysAccept4(s.fd)
		return e
	})
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.Int(int64(nfd)), makeAddr(sa)), nil
}

func sock_bind(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sockOf(self)
	sa, err := s.parseAddr(a[0], "bind")
	if err != nil {
		return runtime.Value{}, err
	}
	if err := runtime.Audit("socket.bind", self, a[0]); err != nil {
		return runtime.Value{}, err
	}
	if e := sysBind(s.fd, sa); e != nil {
		return runtime.Value{}, osErr(e)
	}
	return runtime.None, nil
}

// connect connects s to sa, as CPython's internal_connect: a socket with
// a timeout waits for the connection and reads its outcome from SO_ERROR.
// It returns the errno of a failure (0 on success) when raise is false.
func (s *sockObject) connect(sa []byte, raise bool) (syscall.Errno, *runtime.Exception) {
	fail := func(e error) (syscall.Errno, *runtime.Exception) {
		if errno, ok := e.(syscall.Errno); ok && !raise {
			return errno, nil
		}
		return 0, osErr(e)
	}
	// A blocking socket connects in non-blocking mode for the time of the
	// call, so that the wait for the connection can be interrupted.
	if s.timeout < 0 {
		if e := syscall.SetNonblock(s.fd, true); e != nil {
			return fail(e)
		}
		defer syscall.SetNonblock(s.fd, false)
	}
	e := sysConnect(s.fd, sa)
	for e == syscall.EINTR {
		e = sysConnect(s.fd, sa)
	}
	if e == nil {
		return 0, nil
	}
	if e != syscall.EINPROGRESS || s.timeout == 0 {
		return fail(e)
	}
	var deadline time.Time
	if s.timeout > 0 {
		deadline = time.Now().Add(s.timeout)
	}
	if exc := wait(s.fd, true, deadline); exc != nil {
		if exc == errTimeout {
			if !raise {
				return syscall.EWOULDBLOCK, nil
			}
			return 0, timeoutError()
		}
		return 0, exc
	}
	soErr, e := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_ERROR)
	if e != nil {
		return fail(e)
	}
	if soErr != 0 {
		return fail(syscall.Errno(soErr))
	}
	return 0, nil
}

func sock_connect(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sockOf(self)
	sa, err := s.parseAddr(a[0], "connect")
	if err != nil {
		return runtime.Value{}, err
	}
	if err := runtime.Audit("socket.connect", self, a[0]); err != nil {
		return runtime.Value{}, err
	}
	if _, err := s.connect(sa, true); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func sock_connect_ex(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sockOf(self)
	sa, err := s.parseAddr(a[0], "connect_ex")
	if err != nil {
		return runtime.Value{}, err
	}
	if err := runtime.Audit("socket.connect", self, a[0]); err != nil {
		return runtime.Value{}, err
	}
	errno, err := s.connect(sa, false)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(errno)), nil
}

// sock_sendmsg_afalg exists for the AF_ALG kernel crypto interface, which
// Krait does not drive: it fails as the kernel does for other sockets.
func sock_sendmsg_afalg(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := sockOf(self).checkOpen(); err != nil {
		return runtime.Value{}, err
	}
	return runtime.Value{}, osErr(syscall.EOPNOTSUPP)
}

// dupCloexec duplicates fd as a non-inheritable descriptor.
func dupCloexec(fd int) (int, *runtime.Exception) {
	r, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0)
	if e != 0 {
		return -1, osErr(e)
	}
	return int(r), nil
}

func sock_getsockname(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	sa, e := getName(sockOf(self).fd, syscall.SYS_GETSOCKNAME)
	if e != nil {
		return runtime.Value{}, osErr(e)
	}
	return makeAddr(sa), nil
}

func sock_getpeername(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	sa, e := getName(sockOf(self).fd, syscall.SYS_GETPEERNAME)
	if e != nil {
		return runtime.Value{}, osErr(e)
	}
	return makeAddr(sa), nil
}

func sock_listen(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	backlog := min(syscall.SOMAXCONN, 128)
	if !a[0].IsNull() {
		n, err := intArg(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		backlog = max(n, 0)
	}
	if e := syscall.Listen(sockOf(self).fd, backlog); e != nil {
		return runtime.Value{}, osErr(e)
	}
	return runtime.None, nil
}

func sock_shutdown(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	how, err := intArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Shutdown(sockOf(self).fd, how); e != nil {
		return runtime.Value{}, osErr(e)
	}
	return runtime.None, nil
}

// optionalInt converts an optional int argument, default d.
func optionalInt(v runtime.Value, d int) (int, *runtime.Exception) {
	if v.IsNull() {
		return d, nil
	}
	return intArg(v)
}

func sock_getsockopt(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	level, err := intArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	opt, err := intArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	buflen, err := optionalInt(a[2], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	fd := sockOf(self).fd
	if buflen == 0 && sockOf(self).family == afVsock {
		b, e := getsockoptBytes(fd, level, opt, 8)
		if e != nil {
			return runtime.Value{}, osErr(e)
		}
		var v [8]byte
		copy(v[:], b)
		return runtime.Int(int64(binary.LittleEndian.Uint64(v[:]))), nil
	}
	if buflen == 0 {
		n, e := syscall.GetsockoptInt(fd, level, opt)
		if e != nil {
			return runtime.Value{}, osErr(e)
		}
		return runtime.Int(int64(int32(n))), nil
	}
	if buflen < 0 || buflen > 1024 {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "getsockopt buflen out of range")
	}
	b, e := getsockoptBytes(fd, level, opt, buflen)
	if e != nil {
		return runtime.Value{}, osErr(e)
	}
	return runtime.NewBytes(b), nil
}

func sock_setsockopt(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	level, err := intArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	opt, err := intArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	fd := sockOf(self).fd
	var e error
	switch {
	case !a[3].IsNull():
		if !a[2].IsNone() {
			return runtime.Value{}, runtime.NewTypeError("setsockopt() argument 3 must be None, not %s", a[2].Type().Name)
		}
		n, err := uintArg(a[3])
		if err != nil {
			return runtime.Value{}, err
		}
		e = setsockoptBytes(fd, level, opt, nil, int(n))
	default:
		if n, ok := runtime.IntOf(a[2]); ok && sockOf(self).family == afVsock {
			var b [8]byte
			binary.LittleEndian.PutUint64(b[:], uint64(n))
			e = setsockoptBytes(fd, level, opt, b[:], 8)
			break
		}
		if n, ok := runtime.IntOf(a[2]); ok {
			var b [4]byte
			binary.LittleEndian.PutUint32(b[:], uint32(int32(n)))
			e = setsockoptBytes(fd, level, opt, b[:], 4)
			break
		}
		b, ok := runtime.BufferBytes(a[2])
		if !ok {
			return runtime.Value{}, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[2].Type().Name)
		}
		e = setsockoptBytes(fd, level, opt, b, len(b))
	}
	if e != nil {
		return runtime.Value{}, osErr(e)
	}
	return runtime.None, nil
}

// recvSize converts a receive size, which must not be negative.
func recvSize(v runtime.Value, what string) (int, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, runtime.NewValueError("negative buffersize in %s", what)
	}
	if n > 1<<31 {
		return 0, runtime.NewOverflowError("Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// recvInto receives into buf, returning the count and, with wantAddr,
// the sender's address.
func (s *sockObject) recvInto(buf []byte, flags int, wantAddr bool) (int, []byte, *runtime.Exception) {
	if err := s.checkOpen(); err != nil {
		return 0, nil, err
	}
	var n int
	var sa []byte
	err := s.callFlags(false, flags, func(extra int) (e error) {
		n, sa, e = sysRecvfrom(s.fd, buf, flags|extra, wantAddr)
		return e
	})
	return n, sa, err
}

func sock_recv(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	size, err := recvSize(a[0], "recv")
	if err != nil {
		return runtime.Value{}, err
	}
	flags, err := optionalInt(a[1], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	buf := make([]byte, size)
	n, _, err := sockOf(self).recvInto(buf, flags, false)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.NewBytes(buf[:n]), nil
}

func sock_recvfrom(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	size, err := recvSize(a[0], "recvfrom")
	if err != nil {
		return runtime.Value{}, err
	}
	flags, err := optionalInt(a[1], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	buf := make([]byte, size)
	n, sa, err := sockOf(self).recvInto(buf, flags, true)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.NewBytes(buf[:n]), makeAddr(sa)), nil
}

// writableArg gets the memory of a read-write buffer argument.
func writableArg(v runtime.Value, method string) ([]byte, *runtime.Exception) {
	b, ok := runtime.WritableBuffer(v)
	if !ok {
		return nil, runtime.NewTypeError("%s() argument 1 must be read-write bytes-like object, not %s", method, v.Type().Name)
	}
	return b, nil
}

// intoArgs converts recv_into's and recvfrom_into's arguments.
func intoArgs(a []runtime.Value, method string) ([]byte, int, *runtime.Exception) {
	buf, err := writableArg(a[0], method)
	if err != nil {
		return nil, 0, err
	}
	nbytes := 0
	if !a[1].IsNull() {
		if nbytes, err = recvSize(a[1], method); err != nil {
			return nil, 0, err
		}
	}
	flags, err := optionalInt(a[2], 0)
	if err != nil {
		return nil, 0, err
	}
	if nbytes > len(buf) {
		if method == "recv_into" {
			return nil, 0, runtime.NewValueError("buffer too small for requested bytes")
		}
		return nil, 0, runtime.NewValueError("nbytes is greater than the length of the buffer")
	}
	if nbytes == 0 {
		nbytes = len(buf)
	}
	return buf[:nbytes], flags, nil
}

func sock_recv_into(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	buf, flags, err := intoArgs(a, "recv_into")
	if err != nil {
		return runtime.Value{}, err
	}
	n, _, err := sockOf(self).recvInto(buf, flags, false)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(n)), nil
}

func sock_recvfrom_into(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	buf, flags, err := intoArgs(a, "recvfrom_into")
	if err != nil {
		return runtime.Value{}, err
	}
	n, sa, err := sockOf(self).recvInto(buf, flags, true)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.Int(int64(n)), makeAddr(sa)), nil
}

// dataArg gets the bytes of a bytes-like data argument.
func dataArg(v runtime.Value) ([]byte, *runtime.Exception) {
	b, ok := runtime.BufferBytes(v)
	if !ok {
		return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return b, nil
}

// send sends what one send(2) accepts of data.
func (s *sockObject) send(data []byte, flags int, sa []byte) (int, *runtime.Exception) {
	if err := s.checkOpen(); err != nil {
		return 0, err
	}
	var n int
	err := s.callFlags(true, flags, func(extra int) (e error) {
		n, e = sysSendto(s.fd, data, flags|extra, sa)
		return e
	})
	return n, err
}

func sock_send(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	data, err := dataArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	flags, err := optionalInt(a[1], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	n, err := sockOf(self).send(data, flags, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(n)), nil
}

// sock_sendall sends all of data; the socket's timeout bounds the whole
// transfer, and signal handlers run between chunks.
func sock_sendall(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	data, err := dataArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	flags, err := optionalInt(a[1], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	s := sockOf(self)
	saved := s.timeout
	defer func() { s.timeout = saved }()
	var deadline time.Time
	if saved > 0 {
		deadline = time.Now().Add(saved)
	}
	for len(data) > 0 {
		if saved > 0 {
			left := time.Until(deadline)
			if left <= 0 {
				return runtime.Value{}, timeoutError()
			}
			s.timeout = left
		}
		n, err := s.send(data, flags, nil)
		if err != nil {
			return runtime.Value{}, err
		}
		data = data[n:]
		if err := runtime.CheckEvalBreaker(); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.None, nil
}

func sock_sendto(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	args := a[0].AsTuple().Items()
	if len(args) < 2 || len(args) > 3 {
		return runtime.Value{}, runtime.NewTypeError("sendto() takes 2 or 3 arguments (%d given)", len(args))
	}
	data, err := dataArg(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	flags := 0
	if len(args) == 3 {
		if flags, err = intArg(args[1]); err != nil {
			return runtime.Value{}, err
		}
	}
	s := sockOf(self)
	sa, err := s.parseAddr(args[len(args)-1], "sendto")
	if err != nil {
		return runtime.Value{}, err
	}
	n, err := s.send(data, flags, sa)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(n)), nil
}
