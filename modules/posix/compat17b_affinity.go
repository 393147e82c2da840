// This file makes sched_setaffinity(0, mask) hold for the whole process.
// To the kernel, pid 0 is the calling thread; a CPython thread stays on one
// OS thread, so its next sched_getaffinity(0) sees the mask it set. A
// Krait thread is a goroutine that Go moves between OS threads, so the
// mask is given to every thread of the process (threads Go starts later
// inherit it from the one that starts them).

package posix

import (
	"os"
	"strconv"
	"syscall"
	"unsafe"
)

// setAffinityAllThreads applies mask to the process's other threads; a
// thread that exits meanwhile is no error.
func setAffinityAllThreads(mask *[1024 / 64]uint64) {
	ents, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return
	}
	self := syscall.Gettid()
	for _, e := range ents {
		tid, err := strconv.Atoi(e.Name())
		if err != nil || tid == self {
			continue
		}
		syscall.RawSyscall(syscall.SYS_SCHED_SETAFFINITY, uintptr(tid), unsafe.Sizeof(*mask), uintptr(unsafe.Pointer(mask)))
	}
}
