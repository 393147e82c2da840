// This file defines the runtime entry points the _socket module needs:
// interrupting its blocking waits with signals (PEP 475) and giving bare
// socket objects their finalizer.

package runtime

import (
	"sync"
	"syscall"
)

// RegisterDel gives v a finalizer that calls its type's __del__ when the
// collector finds it unreachable, as classes defining __del__ get; native
// types whose __del__ releases a resource (a socket) call it from New.
func RegisterDel(v Value) { registerDel(v) }

// InterruptibleWait runs wait with the GIL released, so that a signal can
// end it on the main thread: Go's signal handlers restart system calls, so
// a blocked poll(2) never sees EINTR. wakeFd is -1 off the main thread;
// on it, it is an eventfd that becomes readable when a signal arrives, and
// wait must include it in its poll set and return when it is readable.
// After a signal the Python handlers have run when InterruptibleWait
// returns: interrupted is true and exc is what a handler raised, if any.
func InterruptibleWait(wait func(wakeFd int)) (interrupted bool, exc *Exception) {
	intr := interruptFor(curThread)
	efd := -1
	if intr != nil {
		efd = interruptEventFd()
	}
	if efd < 0 {
		BlockingCall(func() { wait(-1) })
		return false, nil
	}
	done := make(chan struct{})
	woke := make(chan bool, 1)
	go func() {
		select {
		case <-intr:
			one := [8]byte{1}
			syscall.Write(efd, one[:])
			woke <- true
		case <-done:
			woke <- false
		}
	}()
	BlockingCall(func() {
		wait(efd)
		close(done)
		interrupted = <-woke
	})
	if !interrupted {
		return false, nil
	}
	var b [8]byte
	syscall.Read(efd, b[:])
	return true, runInterrupt()
}

var (
	interruptFdOnce sync.Once
	interruptFd     = -1
)

// interruptEventFd returns the eventfd that wakes the main thread's
// interruptible waits (-1 if the kernel refuses one).
func interruptEventFd() int {
	interruptFdOnce.Do(makeInterruptFd) // or EnsureNetpoll did, next to the netpoller's
	return interruptFd
}

// makeInterruptFd creates the interrupt eventfd. EnsureNetpoll calls it
// while it holds the low descriptors, so that it appears with the
// netpoller's rather than at the first wait (test_zipfile counts a
// process's descriptors around code that waits once); otherwise it moves
// the descriptor out of the low numbers a program may have just closed
// (test_select's select() on a closed fd must see EBADF).
func makeInterruptFd() {
	r, _, e := syscall.RawSyscall(syscall.SYS_EVENTFD2, 0, syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if e != 0 {
		return
	}
	if r < netpollFloor {
		hi, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, r, syscall.F_DUPFD_CLOEXEC, 512)
		if e == 0 {
			syscall.Close(int(r))
			r = hi
		}
	}
	interruptFd = int(r)
}
