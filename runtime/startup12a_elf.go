// This file reads the running executable's ELF program headers where the
// kernel already mapped them, through the auxiliary vector (AT_PHDR,
// AT_PHNUM), instead of opening /proc/self/exe and reading
// /proc/self/maps: start-up asked both for two facts (which pages are the
// read-only segments, for cmd/krait's dropInitPages, and the Go build ID,
// for the code stamp of pycache_magic.go), at the cost of a readlink, two
// opens, reads of the file and the kernel formatting the whole mapping
// list.

package runtime

import (
	"encoding/binary"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// ELF constants used here.
const (
	elfPtLoad    = 1
	elfPtDynamic = 2
	elfPtInterp  = 3
	elfPtNote    = 4
	elfPtRelro   = 0x6474e552
	elfPfW       = 2
	elfPhdrSize  = 56 // Elf64_Phdr
	elfEtExec    = 2

	atPhdr  = 3 // auxiliary vector: address of the program headers
	atPhent = 4 // their entry size
	atPhnum = 5 // their number
)

// elfSegment is one program header of the running executable.
type elfSegment struct {
	typ, flags    uint32
	off, vaddr    uint64
	filesz, memsz uint64
}

// holds reports whether the n bytes at address a lie in the part of the
// segment loaded from the file.
func (s *elfSegment) holds(a, n uint64) bool {
	return s.typ == elfPtLoad && a >= s.vaddr && a+n <= s.vaddr+s.filesz
}

// exeImage is what the program headers say about the executable.
type exeImage struct {
	segs []elfSegment
	// static: a position-dependent (ET_EXEC) 64-bit executable with no
	// interpreter, dynamic section or RELRO, whose segments are mapped at
	// their link addresses and whose read-only pages are exactly the
	// file's contents (Go's default build on Linux/amd64).
	static bool
}

var exeImageOnce = sync.OnceValue(readExeImage)

// memAt returns the n bytes of this process's memory at address a.
func memAt(a uintptr, n int) []byte {
	return unsafe.Slice((*byte)(*(*unsafe.Pointer)(unsafe.Pointer(&a))), n)
}

// readExeImage parses the program headers the kernel mapped; an
// executable it cannot vouch for comes out with no segments.
func readExeImage() exeImage {
	var phdr, phent, phnum uintptr
	auxv, err := unix.Auxv()
	if err != nil {
		return exeImage{}
	}
	for _, kv := range auxv {
		switch kv[0] {
		case atPhdr:
			phdr = kv[1]
		case atPhent:
			phent = kv[1]
		case atPhnum:
			phnum = kv[1]
		}
	}
	if phdr == 0 || phent != elfPhdrSize || phnum == 0 || phnum > 64 {
		return exeImage{}
	}
	raw := memAt(phdr, int(phent*phnum))
	le := binary.LittleEndian
	img := exeImage{static: true}
	var first *elfSegment
	for i := 0; i < int(phnum); i++ {
		h := raw[i*elfPhdrSize:]
		s := elfSegment{typ: le.Uint32(h), flags: le.Uint32(h[4:]), off: le.Uint64(h[8:]),
			vaddr: le.Uint64(h[16:]), filesz: le.Uint64(h[32:]), memsz: le.Uint64(h[40:])}
		switch s.typ {
		case elfPtDynamic, elfPtInterp, elfPtRelro:
			img.static = false
		}
		img.segs = append(img.segs, s)
		if s.typ == elfPtLoad && s.off == 0 && first == nil {
			first = &img.segs[len(img.segs)-1]
		}
	}
	// The first segment maps the ELF header; at its link address only if
	// the executable was not relocated.
	if first == nil || !img.static || !first.holds(uint64(phdr), uint64(phent*phnum)) {
		img.static = false
		return img
	}
	hdr := memAt(uintptr(first.vaddr), 64)
	phoff := le.Uint64(hdr[32:])
	img.static = string(hdr[:4]) == "\x7fELF" && hdr[4] == 2 && hdr[5] == 1 &&
		le.Uint16(hdr[16:]) == elfEtExec && uintptr(first.vaddr+phoff) == phdr
	return img
}

// ExecutableReadOnlyRanges returns the [start, end) page ranges of the
// running executable's read-only segments, or nil unless it is a static
// position-dependent ELF executable, whose read-only pages hold nothing
// but the file's contents (so that dropping them loses nothing).
func ExecutableReadOnlyRanges() [][2]uintptr {
	img := exeImageOnce()
	if !img.static {
		return nil
	}
	var out [][2]uintptr
	for _, s := range img.segs {
		if s.typ != elfPtLoad || s.flags&elfPfW != 0 || s.memsz == 0 {
			continue
		}
		lo := uintptr(s.vaddr) &^ 4095
		hi := (uintptr(s.vaddr+s.memsz) + 4095) &^ 4095
		out = append(out, [2]uintptr{lo, hi})
	}
	return out
}

// loaded reports whether the n bytes at address a are mapped from the file.
func (img *exeImage) loaded(a, n uint64) bool {
	for i := range img.segs {
		if img.segs[i].holds(a, n) {
			return true
		}
	}
	return false
}

// memoryBuildID returns the Go build ID from the executable's note
// segments as mapped in memory, or "".
func memoryBuildID() string {
	img := exeImageOnce()
	if !img.static {
		return ""
	}
	for _, s := range img.segs {
		if s.typ == elfPtNote && s.filesz > 0 && s.filesz < 1<<16 && img.loaded(s.vaddr, s.filesz) {
			if id := findGoBuildID(memAt(uintptr(s.vaddr), int(s.filesz))); id != "" {
				return id
			}
		}
	}
	return ""
}
