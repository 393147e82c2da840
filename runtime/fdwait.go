// This file defines how blocking file-descriptor calls (os.read, os.write,
// FileIO, signal.pause) let a signal handler run while they wait, as
// CPython's do by EINTR (PEP 475): Go's signal handlers restart system
// calls, so a read blocked on an empty pipe would never return to run a
// handler that raises.

package runtime

import (
	"syscall"
	"unsafe"
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

// WaitFd waits, on the main thread, until fd is ready to read (or write)
// before a blocking call on it, running signal handlers that arrive
// meanwhile; it returns the exception one raises. It returns at once off
// the main thread, for non-blocking descriptors, and for regular files and
// block devices (which never block for long).
func WaitFd(fd int, write bool) *Exception {
	if curThread == nil || !curThread.isMain || interruptEventFd() < 0 || !mayBlock(fd) {
		return nil
	}
	events := int16(pollIn)
	if write {
		events = pollOut
	}
	for {
		fds := []pollFd{{fd: int32(fd), events: events}, {fd: -1, events: pollIn}}
		_, exc := InterruptibleWait(func(wakeFd int) {
			fds[1].fd = int32(wakeFd)
			for {
				_, _, e := syscall.Syscall(syscall.SYS_POLL, uintptr(unsafe.Pointer(&fds[0])), 2, ^uintptr(0))
				if e != syscall.EINTR {
					return
				}
			}
		})
		if exc != nil {
			return exc
		}
		if fds[0].revents != 0 {
			return nil
		}
	}
}

// mayBlock reports whether a call on fd can block indefinitely: fd is in
// blocking mode and is a pipe, socket or character device.
func mayBlock(fd int) bool {
	fl, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	if e != 0 || fl&syscall.O_NONBLOCK != 0 {
		return false
	}
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil {
		return false
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFIFO, syscall.S_IFSOCK, syscall.S_IFCHR:
		return true
	}
	return false
}

// Pause is signal.pause: it waits with the GIL released until a signal
// arrives, runs the Python handlers and returns what one raised. Off the
// main thread (where no handler runs) it waits forever.
func Pause() *Exception {
	intr := interruptFor(curThread)
	for {
		re := ReleaseGIL()
		<-intr // nil off the main thread: blocks forever, as pause(2) there
		re()
		// A wake-up left over from a signal whose handler already ran at
		// an eval breaker check is not a new signal.
		if mainCallsPending.Load() {
			return runInterrupt()
		}
	}
}

// WaitInterruptible runs wait (a blocking call that must not change any
// state, such as waitid with WNOWAIT) with the GIL released. On the main
// thread a signal runs the Python handlers meanwhile; if one raises,
// WaitInterruptible returns its exception at once and leaves wait running
// in the background (hence the no-state rule).
func WaitInterruptible(wait func()) *Exception {
	intr := interruptFor(curThread)
	if intr == nil {
		BlockingCall(wait)
		return nil
	}
	done := make(chan struct{})
	go func() {
		wait()
		close(done)
	}()
	for {
		re := ReleaseGIL()
		interrupted := false
		select {
		case <-done:
		case <-intr:
			interrupted = true
		}
		re()
		if !interrupted {
			return nil
		}
		if err := runInterrupt(); err != nil {
			return err
		}
	}
}

// pipeBuf is PIPE_BUF: poll(2) reports a pipe writable when at least this
// much room is free, so a write of this size does not block.
const pipeBuf = 4096

// WriteFd writes b to fd as a blocking write(2) does, all of it unless a
// signal interrupts. On the main thread, for a descriptor that can block
// (see mayBlock), it writes in pieces that fit, waiting for room in
// between, so that a signal handler runs while the reader is slow: if one
// raises, WriteFd returns what was written and the exception (CPython's
// write returns the partial count and the handler's exception follows).
// The GIL is held on entry and on return.
func WriteFd(fd int, b []byte) (int, error, *Exception) {
	if curThread == nil || !curThread.isMain || interruptEventFd() < 0 || len(b) <= pipeBuf || !mayBlock(fd) {
		var n int
		var err error
		BlockingCall(func() {
			for {
				if n, err = syscall.Write(fd, b); err != syscall.EINTR {
					return
				}
			}
		})
		return n, err, nil
	}
	written := 0
	for written < len(b) {
		if exc := WaitFd(fd, true); exc != nil {
			return written, nil, exc
		}
		chunk := b[written:min(len(b), written+pipeBuf)]
		n, err := syscall.Write(fd, chunk)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			if written > 0 {
				return written, nil, nil
			}
			return 0, err, nil
		}
		written += n
	}
	return written, nil, nil
}
