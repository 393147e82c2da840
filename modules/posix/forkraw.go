// This file defines the raw fork(2) under a running Go runtime: the world
// is reduced to one P so that no other goroutine runs while the address
// space is copied, the forking thread's signals are blocked around the
// clone as syscall.ForkExec does, and the child, which keeps only the
// forking thread, gets its own netpoller (epoll and wake-up eventfd) so it
// no longer shares them with the parent. docs/design/fork.md has the
// reasoning and the limits.

package posix

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	_ "unsafe" // go:linkname

	"krait/internal/nopoll"
)

// runtime_BeforeFork and runtime_AfterFork are the hooks syscall.ForkExec
// calls around its clone: they block signals and forbid stack growth while
// the forking thread is between the two.
//
//go:linkname runtime_BeforeFork syscall.runtime_BeforeFork
func runtime_BeforeFork()

//go:linkname runtime_AfterFork syscall.runtime_AfterFork
func runtime_AfterFork()

// cloneFork is fork(2) as clone(SIGCHLD): it returns 0 in the child and the
// child's pid in the parent. It must not grow the stack between the hooks.
//
//go:nosplit
//go:norace
func cloneFork() (pid uintptr, errno syscall.Errno) {
	runtime_BeforeFork()
	pid, _, errno = syscall.RawSyscall6(syscall.SYS_CLONE, uintptr(syscall.SIGCHLD), 0, 0, 0, 0, 0)
	runtime_AfterFork()
	return
}

// ForkProcess forks the process; in the child it returns inChild true and
// the child continues on the calling goroutine. The world is reduced to one
// P for the clone, so that no other goroutine runs while the address space
// is copied and the child has only the P of its one thread. If the child
// finds that a vanished thread held the scheduler lock at the clone, it
// tells the parent over a pipe and exits, and the parent forks again.
func ForkProcess() (pid int, inChild bool, err error) {
	for try := 0; ; try++ {
		pid, inChild, retry, err := forkOnce()
		if !retry {
			return pid, inChild, err
		}
		if try == 100 {
			return 0, false, syscall.EAGAIN
		}
	}
}

// forkOnce makes one attempt; retry says the child could not go on.
func forkOnce() (pid int, inChild, retry bool, err error) {
	pinned := forkingThreadPinned()
	prepareTemplateThread(pinned) // lead18_templatethread.go
	var p [2]int
	if e := syscall.Pipe2(p[:], syscall.O_CLOEXEC); e != nil {
		return 0, false, false, e
	}
	syscall.ForkLock.Lock()
	procs := runtime.GOMAXPROCS(0)
	if procs == 1 {
		// Already on one P (the GC driver): GOMAXPROCS(1) alone would
		// return without the stop-the-world that stamps the fields
		// schedMirrorOK checks, and the child would skip the sysmon lock
		// checks.
		runtime.GOMAXPROCS(2)
	}
	before := runtimeNanotime()
	runtime.GOMAXPROCS(1)
	mirrorOK := schedMirrorOK(before, runtimeNanotime())
	// Let threads that lost their P in the resize finish parking.
	runtime.Gosched()
	prepareStrandCheck() // fsrv17_forkstrand.go
	r, e := cloneFork()
	if r == 0 && e == 0 {
		ok := schedLockFree(mirrorOK)
		if !ok {
			syscall.Write(p[1], []byte{'r'})
			syscall.RawSyscall(syscall.SYS_EXIT_GROUP, 0, 0, 0)
		}
		if schedFixable() {
			fixSchedInChild()
			if strandedGoroutine() {
				syscall.Write(p[1], []byte{'r'})
				syscall.RawSyscall(syscall.SYS_EXIT_GROUP, 0, 0, 0)
			}
			afterForkRuntimeChild()
			restartTemplateThread(pinned)
			runtime.GOMAXPROCS(childProcs(procs))
			markForkedChild()
		} else {
			afterForkRuntimeChild()
		}
		syscall.Write(p[1], []byte{'k'})
		syscall.Close(p[0])
		syscall.Close(p[1])
		syscall.ForkLock.Unlock()
		return 0, true, false, nil
	}
	runtime.GOMAXPROCS(procs)
	syscall.ForkLock.Unlock()
	syscall.Close(p[1])
	defer syscall.Close(p[0])
	if e != 0 {
		return 0, false, false, e
	}
	b := []byte{0}
	for {
		n, e := syscall.Read(p[0], b)
		if e == syscall.EINTR {
			continue
		}
		if n == 1 && b[0] == 'r' {
			var ws syscall.WaitStatus
			syscall.Wait4(int(r), &ws, 0, nil)
			return 0, false, true, nil
		}
		return int(r), false, false, nil
	}
}

// afterForkRuntimeChild gives the child its own netpoller: the runtime's
// epoll instance and its wake-up eventfd are shared with the parent after
// fork, so a wake-up meant for one process could be consumed by the other
// (a timer that never fires). The child builds a fresh epoll with the same
// registrations and a fresh eventfd and puts them at the same descriptor
// numbers, which is all the runtime knows them by.
func afterForkRuntimeChild() {
	epfd, regs := findRuntimeEpoll()
	if epfd < 0 {
		return
	}
	nep, _, e := syscall.RawSyscall(syscall.SYS_EPOLL_CREATE1, syscall.EPOLL_CLOEXEC, 0, 0)
	if e != 0 {
		return
	}
	for _, r := range regs {
		if r.isEventfd {
			nfd, _, e := syscall.RawSyscall(syscall.SYS_EVENTFD2, 0, syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
			if e == 0 {
				// A wake-up the parent had signalled but not consumed at
				// the clone leaves the runtime's "wake-up pending" flag
				// set, and netpollBreak writes nothing while it is: the
				// child's pollers would never be woken (timers that never
				// fire). A count already in the new eventfd makes the
				// next poll consume it and clear the flag.
				one := [8]byte{1}
				syscall.Write(int(nfd), one[:])
				syscall.Dup3(int(nfd), r.fd, syscall.O_CLOEXEC)
				syscall.Close(int(nfd))
			}
		}
		ev := syscall.EpollEvent{Events: r.events, Fd: int32(uint32(r.data)), Pad: int32(uint32(r.data >> 32))}
		syscall.EpollCtl(int(nep), syscall.EPOLL_CTL_ADD, r.fd, &ev)
	}
	syscall.Dup3(int(nep), epfd, syscall.O_CLOEXEC)
	syscall.Close(int(nep))
}

// epollReg is one registration read from /proc/self/fdinfo.
type epollReg struct {
	fd        int
	events    uint32
	data      uint64 // syscall.EpollEvent's Fd and Pad words
	isEventfd bool
}

// findRuntimeEpoll finds the Go runtime's epoll descriptor: the eventpoll
// whose registrations include an eventfd with a pointer as its data (the
// runtime stores &netpollEventFd there; select.epoll stores descriptor
// numbers).
func findRuntimeEpoll() (int, []epollReg) {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1, nil
	}
	for _, ent := range ents {
		fd, err := strconv.Atoi(ent.Name())
		if err != nil {
			continue
		}
		if link, _ := os.Readlink("/proc/self/fd/" + ent.Name()); link != "anon_inode:[eventpoll]" {
			continue
		}
		regs, ok := readEpollRegs(fd)
		if ok {
			return fd, regs
		}
	}
	return -1, nil
}

// readEpollRegs parses the "tfd: N events: X data: Y" lines of an epoll
// descriptor's fdinfo; ok says whether it is the runtime's.
func readEpollRegs(fd int) (regs []epollReg, ok bool) {
	b, err := nopoll.ReadFile("/proc/self/fdinfo/" + strconv.Itoa(fd))
	if err != nil {
		return nil, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 6 || f[0] != "tfd:" || f[2] != "events:" || f[4] != "data:" {
			continue
		}
		tfd, e1 := strconv.Atoi(f[1])
		ev, e2 := strconv.ParseUint(f[3], 16, 32)
		data, e3 := strconv.ParseUint(f[5], 16, 64)
		if e1 != nil || e2 != nil || e3 != nil {
			return nil, false
		}
		r := epollReg{fd: tfd, events: uint32(ev), data: data}
		if link, _ := os.Readlink("/proc/self/fd/" + f[1]); link == "anon_inode:[eventfd]" && data != uint64(tfd) {
			r.isEventfd = true
			ok = true
		}
		regs = append(regs, r)
	}
	return regs, ok
}
