// This file places the Go runtime's netpoller descriptors out of the way
// of the program's own file descriptors.
//
// Why: Go creates its netpoller (an epoll descriptor and a wake-up
// eventfd) the first time anything adds a timer: a time.Sleep, a GIL wait
// with a timeout, or the background scavenger going to sleep after a
// collection. The kernel hands out the lowest free descriptors, so after
// the first gc.collect() or time.sleep() a program's os.open returned 5
// instead of CPython's 3, and which number it got depended on when the
// scavenger ran (compat10b/fd_numbering flaked once the GC driver
// collected earlier). EnsureNetpoll creates the netpoller deliberately
// while every free descriptor below netpollFloor is held by a placeholder,
// so epoll and eventfd land at netpollFloor and up, then frees the
// placeholders. It is lazy (called before the runtime would first need a
// timer: collections, sleeps, a second thread) so that a fresh process
// holds only 0, 1 and 2, as CPython's does (test_subprocess's pass_fds
// tests list a child's descriptors).

package runtime

import (
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// netpollFloor is the lowest descriptor the netpoller may get: above what
// programs usually open and what fd-listing children check (range(256)).
const netpollFloor = 256

var (
	netpollPlaced atomic.Bool
	netpollMu     sync.Mutex
	// netpollFds are the epoll and eventfd descriptors EnsureNetpoll saw
	// created (-1 when it did not create them): os.close and os.closerange
	// leave them alone, since Go throws once its epoll is closed.
	netpollFds = [2]int{-1, -1}
)

// IsNetpollFd reports whether fd is one of the runtime's netpoller
// descriptors, which the program must not close.
func IsNetpollFd(fd int) bool {
	return netpollPlaced.Load() && (fd == netpollFds[0] || fd == netpollFds[1])
}

// EnsureNetpoll makes sure the Go netpoller exists, created at high
// descriptors if this call is the one creating it. Cheap after the first.
func EnsureNetpoll() {
	if netpollPlaced.Load() {
		return
	}
	netpollMu.Lock()
	defer netpollMu.Unlock()
	if netpollPlaced.Load() {
		return
	}
	held := holdLowFds(netpollFloor)
	// A function timer is added to the timer heap at once, and adding the
	// first timer initialises the netpoller (runtime.(*timers).addHeap).
	time.AfterFunc(time.Hour, func() {}).Stop()
	netpollFds = findNetpollFds(held)
	interruptFdOnce.Do(makeInterruptFd) // export_socket.go
	releaseFds(held)
	netpollPlaced.Store(true)
}

// findNetpollFds finds the epoll and eventfd descriptors the netpoller
// got, looking where they can be (not among the placeholders held, which
// are eventfds too): predicting the next free numbers missed when the
// kernel handed out another one first, and os.closerange then closed Go's
// epoll ("netpoll failed").
func findNetpollFds(held []int) [2]int {
	fds := [2]int{-1, -1}
	skip := make(map[int]bool, len(held))
	for _, fd := range held {
		skip[fd] = true
	}
	for fd := 3; fd < netpollFloor+64 && (fds[0] < 0 || fds[1] < 0); fd++ {
		if skip[fd] {
			continue
		}
		switch {
		case fds[0] < 0 && isAnonInode(fd, "[eventpoll]"):
			fds[0] = fd
		case fds[0] >= 0 && fds[1] < 0 && isAnonInode(fd, "[eventfd]"):
			fds[1] = fd
		}
	}
	return fds
}

// isAnonInode reports whether fd is an anonymous inode of the given kind.
func isAnonInode(fd int, kind string) bool {
	if fd < 0 {
		return false
	}
	buf := make([]byte, 64)
	n, err := syscall.Readlink("/proc/self/fd/"+strconv.Itoa(fd), buf)
	return err == nil && string(buf[:n]) == "anon_inode:"+kind
}

// sysCloseRange is close_range(2) (Linux 5.9; not in package syscall).
const sysCloseRange = 436

// releaseFds closes the placeholders held returned (ascending): each run
// of consecutive descriptors with one close_range, which costs a fraction
// of one close per descriptor (measured 83 us for 253 closes against
// 0.3 ms, see BenchmarkHoldLowFds).
func releaseFds(held []int) {
	for i := 0; i < len(held); {
		j := i + 1
		for j < len(held) && held[j] == held[j-1]+1 {
			j++
		}
		_, _, e := syscall.RawSyscall(sysCloseRange, uintptr(held[i]), uintptr(held[j-1]), 0)
		if e != 0 {
			for _, fd := range held[i:j] {
				syscall.RawSyscall(syscall.SYS_CLOSE, uintptr(fd), 0, 0)
			}
		}
		i = j
	}
}

// holdLowFds occupies every free descriptor below floor and returns them.
// It leaves at least two descriptors free under the process's limit (the
// netpoller needs two; without them Go would throw), and never touches a
// descriptor that is already open (those inherited through pass_fds).
func holdLowFds(floor int) []int {
	var lim syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim) == nil && lim.Cur < uint64(floor)+16 {
		floor = max(int(lim.Cur)/2, 3)
	}
	src, _, e := syscall.RawSyscall(syscall.SYS_EVENTFD2, 0, syscall.O_CLOEXEC, 0)
	if e != 0 {
		return nil
	}
	held := make([]int, 0, floor)
	held = append(held, int(src))
	for fd := int(src); fd < floor-1; {
		r, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, src, syscall.F_DUPFD_CLOEXEC, 0)
		if e != 0 {
			// Out of descriptors: give the netpoller the two highest back.
			n := max(len(held)-2, 0)
			for _, fd := range held[n:] {
				syscall.RawSyscall(syscall.SYS_CLOSE, uintptr(fd), 0, 0)
			}
			return held[:n]
		}
		fd = int(r)
		if fd >= floor {
			// The descriptors between were open already: this one is
			// where the netpoller will go.
			syscall.RawSyscall(syscall.SYS_CLOSE, r, 0, 0)
			break
		}
		held = append(held, fd)
	}
	return held
}
