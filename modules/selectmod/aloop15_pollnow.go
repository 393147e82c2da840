// This file defines the epoll poll that does not wait, which the event
// loop makes on every turn that has callbacks ready (select(timeout=0)):
// a raw system call, without the scheduler hand-off (entersyscall and
// exitsyscall) that Go wraps around a call that may block.

package selectmod

import (
	"syscall"
	"unsafe"
)

// epollWaitNow is epoll_wait(epfd, events, 0): it returns at once.
// epoll_pwait with no signal mask is the call every Linux port has.
func epollWaitNow(epfd int, events []syscall.EpollEvent) (int, error) {
	var p unsafe.Pointer
	if len(events) > 0 {
		p = unsafe.Pointer(&events[0])
	}
	r, _, e := syscall.RawSyscall6(syscall.SYS_EPOLL_PWAIT, uintptr(epfd), uintptr(p), uintptr(len(events)), 0, 0, 0)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}
