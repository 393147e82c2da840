// This file defines the check that turns an allocation the machine cannot
// satisfy into MemoryError, as CPython's failing malloc does, instead of
// letting Go's allocator abort the process.

package runtime

import (
	"math/bits"
	"sync"
	"syscall"
)

var (
	memCeilingOnce sync.Once
	memCeiling     uint64 // physical memory in bytes; no single allocation may exceed it
)

func physicalMemory() uint64 {
	memCeilingOnce.Do(func() {
		var si syscall.Sysinfo_t
		if syscall.Sysinfo(&si) == nil && si.Totalram > 0 {
			memCeiling = uint64(si.Totalram) * uint64(si.Unit)
		} else {
			memCeiling = 1 << 40
		}
	})
	return memCeiling
}

// checkAlloc returns MemoryError when count elements of elemSize bytes
// cannot be allocated on this machine.
func checkAlloc(count, elemSize int) *Exception {
	if count < 0 {
		return NewException(exceptionTypeByName["MemoryError"])
	}
	hi, lo := bits.Mul64(uint64(count), uint64(elemSize))
	if hi != 0 || lo > physicalMemory() {
		return NewException(exceptionTypeByName["MemoryError"])
	}
	return nil
}
