// This file defines how socket operations block: CPython's sock_call.
// A socket with a timeout is non-blocking underneath and waits for
// readiness with poll(2) until its deadline; a blocking socket calls with
// MSG_DONTWAIT and waits in poll when the call would block, so that it
// never sleeps inside the kernel where a signal cannot reach it. Waits
// run with the GIL released. Go's signal handlers restart system calls, so a
// signal cannot interrupt poll by EINTR: on the main thread the runtime's
// interrupt channel wakes the wait through an eventfd instead, the Python
// handlers run, and the call goes on unless one raised (PEP 475).

package socket

import (
	"syscall"
	"time"
	"unsafe"

	"krait/runtime"
)

// The poll(2) events waited for.
const (
	pollIn  = 0x1
	pollOut = 0x4
)

// pollFd is struct pollfd.
type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

// errTimeout is returned by wait when the deadline passed.
var errTimeout = &runtime.Exception{}

// wait blocks until fd is ready for reading (or writing), the deadline
// passes (errTimeout), or a signal handler raises. A zero deadline waits
// forever. The GIL is held on entry and on return.
func wait(fd int, write bool, deadline time.Time) *runtime.Exception {
	events := int16(pollIn)
	if write {
		events = pollOut
	}
	for {
		ms := -1
		if !deadline.IsZero() {
			left := time.Until(deadline)
			if left <= 0 {
				return errTimeout
			}
			ms = int((left + time.Millisecond - 1) / time.Millisecond)
		}
		fds := []pollFd{{fd: int32(fd), events: events}, {fd: -1, events: pollIn}}
		var err error
		_, exc := runtime.InterruptibleWait(func(wakeFd int) {
			fds[1].fd = int32(wakeFd)
			_, err = sysPoll(fds, ms)
		})
		if exc != nil {
			return exc
		}
		if err != nil && err != syscall.EINTR {
			return osErr(err)
		}
		if fds[0].revents != 0 {
			return nil
		}
		if !deadline.IsZero() && !time.Now().Before(deadline) {
			return errTimeout
		}
	}
}

func sysPoll(fds []pollFd, ms int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_POLL, uintptr(unsafe.Pointer(&fds[0])), uintptr(len(fds)), uintptr(ms))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// isAgain reports whether err means the call would block.
func isAgain(err error) bool { return err == syscall.EAGAIN || err == syscall.EWOULDBLOCK }

// call runs op as CPython's sock_call: a non-blocking socket tries once;
// a socket with a timeout retries after waiting for readiness until its
// deadline, then raises TimeoutError. A blocking socket must never block
// inside the kernel, where a signal could not reach its handler: op gets
// MSG_DONTWAIT in its flags (dontwait says op honours them; accept does
// not, so it waits first) and the wait in between is interruptible.
func (s *sockObject) call(write, dontwait bool, op func(flags int) error) *runtime.Exception {
	fd := s.fd
	timeout := s.timeout
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	flags := 0
	waitFirst := false
	if timeout < 0 {
		if dontwait {
			flags = syscall.MSG_DONTWAIT
		} else {
			waitFirst = true
		}
	}
	for {
		if waitFirst {
			if exc := wait(fd, write, deadline); exc != nil {
				if exc == errTimeout {
					return timeoutError()
				}
				return exc
			}
		}
		var err error
		if timeout < 0 && !dontwait {
			runtime.BlockingCall(func() { err = op(flags) })
		} else {
			err = op(flags)
		}
		switch {
		case err == nil:
			return nil
		case err == syscall.EINTR:
			if exc := runtime.CheckEvalBreaker(); exc != nil {
				return exc
			}
			continue
		case isAgain(err) && timeout != 0:
			waitFirst = true
			continue
		}
		return osErr(err)
	}
}

// callFlags is call for an operation that takes MSG_* flags: when the
// caller's own flags ask for MSG_DONTWAIT, the call is tried once and
// EAGAIN is raised, whatever the socket's timeout.
func (s *sockObject) callFlags(write bool, userFlags int, op func(flags int) error) *runtime.Exception {
	if userFlags&syscall.MSG_DONTWAIT != 0 {
		for {
			err := op(0)
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return osErr(err)
			}
			return nil
		}
	}
	return s.call(write, true, op)
}

// timeoutError is socket.timeout's "timed out".
func timeoutError() *runtime.Exception {
	return runtime.NewExceptionMsg(runtime.ExceptionTypeByName("TimeoutError"), "timed out")
}
