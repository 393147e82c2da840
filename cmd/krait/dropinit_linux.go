// This file defines dropInitPages, which takes the executable's read-only
// pages out of the process's resident set once initialization no longer
// needs them.
//
// Go's package initialization runs the init code of ~150 packages (75
// native modules) spread over the whole 7 MB text segment, and the kernel
// maps file pages 64 KB at a time around each fault, so that after init
// about 9 MB of the binary (text, rodata, pclntab) count in the resident
// set, against 5 MB of libpython for CPython. Most of those pages are never
// used again. MADV_DONTNEED on a private, unmodified file mapping only
// removes the page-table entries: the pages stay in the page cache and the
// next access maps them again (a minor fault), so the program keeps working
// unchanged and its peak resident set no longer includes what only
// initialization touched (bench/RESULTS.md notes: -c pass 17.0 -> 14.7 MB,
// fib 17.8 -> 14.7 MB, no measurable time).

package main

import (
	"encoding/binary"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"krait/internal/nopoll"
	"krait/runtime"
)

// ELF program-header types that mean the loader wrote into read-only
// pages (relocations, RELRO): such pages must not be dropped.
const (
	ptDynamic = 2
	ptInterp  = 3
	ptRelro   = 0x6474e552
)

// readOnlyRanges are the executable's read-only mappings, found once.
var readOnlyRanges = sync.OnceValue(findReadOnlyRanges)

// dropInitPages drops the resident pages of the executable's read-only
// mappings. It does nothing unless the executable is a statically linked,
// position-dependent 64-bit ELF file (Go's default build on Linux), whose
// read-only pages are exactly the file's contents.
func dropInitPages() {
	for _, r := range readOnlyRanges() {
		syscall.Syscall(syscall.SYS_MADVISE, r[0], r[1]-r[0], syscall.MADV_DONTNEED)
	}
}

// findReadOnlyRanges lists the [start, end) ranges that dropInitPages may
// drop; KRAIT_KEEPPAGES (for measurement) makes it empty.
func findReadOnlyRanges() [][2]uintptr {
	if os.Getenv("KRAIT_KEEPPAGES") != "" {
		return nil
	}
	// From the program headers in memory (runtime/startup12a_elf.go):
	// reading /proc/self/maps and the executable's header cost ~1% of
	// `-c pass`.
	if r := runtime.ExecutableReadOnlyRanges(); r != nil {
		return r
	}
	return findReadOnlyRangesInMaps()
}

// findReadOnlyRangesInMaps finds the ranges from /proc/self/maps, for an
// executable whose program headers could not be read in memory.
func findReadOnlyRangesInMaps() [][2]uintptr {
	if !staticExecutable() {
		return nil
	}
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return nil
	}
	maps, err := nopoll.ReadFile("/proc/self/maps")
	if err != nil {
		return nil
	}
	var out [][2]uintptr
	for _, line := range strings.Split(string(maps), "\n") {
		if lo, hi, ok := readOnlyMapping(line, exe); ok {
			out = append(out, [2]uintptr{lo, hi})
		}
	}
	return out
}

// readOnlyMapping parses one line of /proc/self/maps and reports the range
// of a private, non-writable mapping of the file exe.
func readOnlyMapping(line, exe string) (lo, hi uintptr, ok bool) {
	f := strings.Fields(line)
	if len(f) != 6 || f[5] != exe || f[1] != "r-xp" && f[1] != "r--p" {
		return 0, 0, false
	}
	a, b, found := strings.Cut(f[0], "-")
	if !found {
		return 0, 0, false
	}
	l, err1 := strconv.ParseUint(a, 16, 64)
	h, err2 := strconv.ParseUint(b, 16, 64)
	if err1 != nil || err2 != nil || h <= l {
		return 0, 0, false
	}
	return uintptr(l), uintptr(h), true
}

// staticExecutable reports whether /proc/self/exe is a 64-bit
// little-endian ELF executable (ET_EXEC) with no interpreter, dynamic
// section or RELRO segment.
func staticExecutable() bool {
	f, err := nopoll.Open("/proc/self/exe")
	if err != nil {
		return false
	}
	defer f.Close()
	hdr := make([]byte, 4096)
	n, _ := f.ReadAt(hdr, 0)
	hdr = hdr[:n]
	if len(hdr) < 64 || string(hdr[:4]) != "\x7fELF" || hdr[4] != 2 || hdr[5] != 1 {
		return false
	}
	le := binary.LittleEndian
	if le.Uint16(hdr[16:]) != 2 { // ET_EXEC
		return false
	}
	phoff, phentsize, phnum := le.Uint64(hdr[32:]), uint64(le.Uint16(hdr[54:])), uint64(le.Uint16(hdr[56:]))
	if phentsize < 4 || phoff+phentsize*phnum > uint64(len(hdr)) {
		return false
	}
	for i := uint64(0); i < phnum; i++ {
		switch le.Uint32(hdr[phoff+i*phentsize:]) {
		case ptDynamic, ptInterp, ptRelro:
			return false
		}
	}
	return true
}
