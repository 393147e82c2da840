// This file defines the socket system calls over raw address bytes: the
// syscall package's Sockaddr types lose the difference between an unnamed
// and an abstract AF_UNIX address and the IPv6 flow label, which Python
// programs see.

package socket

import (
	"syscall"
	"unsafe"
)

func errnoErr(e syscall.Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

// sockaddrPtr returns the pointer and length of a raw address for a call.
func sockaddrPtr(sa []byte) (uintptr, uintptr) {
	if len(sa) == 0 {
		return 0, 0
	}
	return uintptr(unsafe.Pointer(&sa[0])), uintptr(len(sa))
}

func bufPtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

func sysBind(fd int, sa []byte) error {
	p, n := sockaddrPtr(sa)
	_, _, e := syscall.RawSyscall(syscall.SYS_BIND, uintptr(fd), p, n)
	return errnoErr(e)
}

func sysConnect(fd int, sa []byte) error {
	p, n := sockaddrPtr(sa)
	_, _, e := syscall.Syscall(syscall.SYS_CONNECT, uintptr(fd), p, n)
	return errnoErr(e)
}

// getName runs getsockname or getpeername (sysno) on fd.
func getName(fd int, sysno uintptr) ([]byte, error) {
	buf := make([]byte, sizeofSockaddrAny)
	n := uint32(len(buf))
	_, _, e := syscall.RawSyscall(sysno, uintptr(fd), uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&n)))
	if e != 0 {
		return nil, e
	}
	return buf[:min(int(n), len(buf))], nil
}

// sysAccept4 accepts a connection as a close-on-exec descriptor.
func sysAccept4(fd int) (int, []byte, error) {
	buf := make([]byte, sizeofSockaddrAny)
	n := uint32(len(buf))
	r, _, e := syscall.Syscall6(syscall.SYS_ACCEPT4, uintptr(fd), uintptr(unsafe.Pointer(&buf[0])),
		uintptr(unsafe.Pointer(&n)), syscall.SOCK_CLOEXEC, 0, 0)
	if e != 0 {
		return -1, nil, e
	}
	return int(r), buf[:min(int(n), len(buf))], nil
}

func sysRecvfrom(fd int, p []byte, flags int, wantAddr bool) (int, []byte, error) {
	var buf []byte
	var n uint32
	var bp, np uintptr
	if wantAddr {
		buf = make([]byte, sizeofSockaddrAny)
		n = uint32(len(buf))
		bp, np = uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&n))
	}
	r, _, e := syscall.Syscall6(syscall.SYS_RECVFROM, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), bp, np)
	if e != 0 {
		return 0, nil, e
	}
	if wantAddr {
		buf = buf[:min(int(n), len(buf))]
	}
	return int(r), buf, nil
}

func sysSendto(fd int, p []byte, flags int, sa []byte) (int, error) {
	ap, an := sockaddrPtr(sa)
	r, _, e := syscall.Syscall6(syscall.SYS_SENDTO, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), ap, an)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// msghdr is struct msghdr on 64-bit Linux.
type msghdr struct {
	name       uintptr
	namelen    uint32
	_          uint32
	iov        uintptr
	iovlen     uint64
	control    uintptr
	controllen uint64
	flags      int32
	_          int32
}

// iovec is struct iovec.
type iovec struct {
	base uintptr
	len  uint64
}

func makeIovecs(bufs [][]byte) []iovec {
	iov := make([]iovec, len(bufs))
	for i, b := range bufs {
		iov[i] = iovec{bufPtr(b), uint64(len(b))}
	}
	return iov
}

func sysSendmsg(fd int, bufs [][]byte, control []byte, sa []byte, flags int) (int, error) {
	iov := makeIovecs(bufs)
	var h msghdr
	h.name, _ = sockaddrPtr(sa)
	h.namelen = uint32(len(sa))
	if len(iov) > 0 {
		h.iov, h.iovlen = uintptr(unsafe.Pointer(&iov[0])), uint64(len(iov))
	}
	h.control, h.controllen = bufPtr(control), uint64(len(control))
	r, _, e := syscall.Syscall(syscall.SYS_SENDMSG, uintptr(fd), uintptr(unsafe.Pointer(&h)), uintptr(flags))
	keep(bufs, control, sa, iov)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// recvmsgResult is what recvmsg returns besides the data.
type recvmsgResult struct {
	n       int
	control []byte
	flags   int
	addr    []byte
}

func sysRecvmsg(fd int, bufs [][]byte, controlLen int, flags int) (recvmsgResult, error) {
	iov := makeIovecs(bufs)
	name := make([]byte, sizeofSockaddrAny)
	control := make([]byte, controlLen)
	var h msghdr
	h.name, h.namelen = uintptr(unsafe.Pointer(&name[0])), uint32(len(name))
	if len(iov) > 0 {
		h.iov, h.iovlen = uintptr(unsafe.Pointer(&iov[0])), uint64(len(iov))
	}
	h.control, h.controllen = bufPtr(control), uint64(len(control))
	r, _, e := syscall.Syscall(syscall.SYS_RECVMSG, uintptr(fd), uintptr(unsafe.Pointer(&h)), uintptr(flags))
	keep(bufs, control, name, iov)
	if e != 0 {
		return recvmsgResult{}, e
	}
	return recvmsgResult{n: int(r), control: control[:min(int(h.controllen), len(control))],
		flags: int(h.flags), addr: name[:min(int(h.namelen), len(name))]}, nil
}

// keep holds its arguments alive until the system call that reads them
// through uintptrs has returned.
//
//go:noinline
func keep(...any) {}

// getsockoptBytes runs getsockopt with a buffer of buflen bytes.
func getsockoptBytes(fd, level, opt, buflen int) ([]byte, error) {
	buf := make([]byte, buflen)
	n := uint32(buflen)
	_, _, e := syscall.RawSyscall6(syscall.SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		bufPtr(buf), uintptr(unsafe.Pointer(&n)), 0)
	if e != 0 {
		return nil, e
	}
	return buf[:min(int(n), buflen)], nil
}

// setsockoptBytes runs setsockopt with a raw value (nil with optlen for
// a NULL value of that length).
func setsockoptBytes(fd, level, opt int, val []byte, optlen int) error {
	_, _, e := syscall.RawSyscall6(syscall.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		bufPtr(val), uintptr(optlen), 0)
	return errnoErr(e)
}
