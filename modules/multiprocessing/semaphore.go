// This file defines the process-shared semaphore under SemLock: a named
// POSIX semaphore as glibc lays it out (a file /dev/shm/sem.NAME mapped
// shared, its first word the value and the next the number of waiters),
// waited on with futexes that are not process-private, so that processes
// created by fork (which inherit the mapping) or opening the same name
// share it.

package multiprocessing

import (
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// semSize is the size of glibc's sem_t on 64-bit Linux.
const semSize = 32

// sem is a mapped semaphore; it is never unmapped, as CPython never
// closes a SemLock's handle while the process may still use a copy.
type sem struct {
	mem []byte
}

func (s *sem) value() *uint32   { return (*uint32)(unsafe.Pointer(&s.mem[0])) }
func (s *sem) waiters() *uint32 { return (*uint32)(unsafe.Pointer(&s.mem[4])) }

// handle is the semaphore's address, which SemLock.handle reports and
// _rebuild accepts in a forked child (the mapping is at the same place).
func (s *sem) handle() uintptr { return uintptr(unsafe.Pointer(&s.mem[0])) }

// handles maps the handles of this process's semaphores back to them.
var handles = map[uintptr]*sem{}

func semPath(name string) string {
	if len(name) > 0 && name[0] == '/' {
		name = name[1:]
	}
	return "/dev/shm/sem." + name
}

// semOpen opens the semaphore name, creating it with value when create
// is set (failing with EEXIST if it exists, as O_EXCL).
func semOpen(name string, create bool, value uint32) (*sem, error) {
	flags := syscall.O_RDWR | syscall.O_CLOEXEC
	if create {
		flags |= syscall.O_CREAT | syscall.O_EXCL
	}
	fd, err := syscall.Open(semPath(name), flags, 0o600)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	if create {
		var init [semSize]byte
		*(*uint32)(unsafe.Pointer(&init[0])) = value
		if _, err := syscall.Write(fd, init[:]); err != nil {
			syscall.Unlink(semPath(name))
			return nil, err
		}
	}
	mem, err := syscall.Mmap(fd, 0, semSize, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	s := &sem{mem: mem}
	handles[s.handle()] = s
	return s, nil
}

func semUnlink(name string) error { return syscall.Unlink(semPath(name)) }

// tryWait takes one unit if the value is positive.
func (s *sem) tryWait() bool {
	v := s.value()
	for {
		n := atomic.LoadUint32(v)
		if n == 0 {
			return false
		}
		if atomic.CompareAndSwapUint32(v, n, n-1) {
			return true
		}
	}
}

// post adds one unit and wakes a waiter.
func (s *sem) post() {
	atomic.AddUint32(s.value(), 1)
	if atomic.LoadUint32(s.waiters()) > 0 {
		futex(s.value(), futexWake, 1, nil)
	}
}

// waitFor sleeps until the value may have become positive or d passed.
func (s *sem) waitFor(d time.Duration) {
	atomic.AddUint32(s.waiters(), 1)
	ts := syscall.NsecToTimespec(d.Nanoseconds())
	futex(s.value(), futexWait, 0, &ts)
	atomic.AddUint32(s.waiters(), ^uint32(0))
}

const (
	futexWait = 0 // shared (not FUTEX_PRIVATE_FLAG): other processes map it too
	futexWake = 1
)

func futex(addr *uint32, op int, val uint32, ts *syscall.Timespec) {
	syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(addr)), uintptr(op), uintptr(val),
		uintptr(unsafe.Pointer(ts)), 0, 0)
}
