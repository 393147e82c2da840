// This file defines the identity of Krait's compiled code: a hash of the
// bytecode format that stamps every marshalled code object, so that code
// written by one Krait build is never run by a build with other opcodes.
//
// The .pyc header itself carries CPython 3.11's MAGIC_NUMBER (3495), which
// importlib's own tests and tools that read pyc headers (py_compile,
// compileall, the pure-Python importlib of Lib/importlib) insist on; the
// cache tag (krait-311) keeps Krait's files apart from CPython's, and the
// code stamp inside the payload rejects another build's files: the import
// fast path (pycache.go) and importlib's SourceFileLoader.get_data
// (pycache_private.go) treat such a file as missing and recompile.
//
// The hash covers bytecodeFormatVersion and the Go build ID of the running
// executable, which changes whenever any of Krait's code does (the opcode
// table, compiler.OpTable, included); every row of the opcode table (name,
// operands, cache entries, effect) stands in when the build ID cannot be
// read. Keying on the build ID costs one recompilation of each cached module
// after an upgrade, and in exchange a fix to the compiler or interpreter can
// never be hidden by stale caches (a real risk while both change daily).

package runtime

import (
	"bytes"
	"encoding/binary"
	"hash/fnv"
	"os"
	"strconv"
	"sync"

	"krait/compiler"
	"krait/internal/nopoll"
)

// bytecodeFormatVersion is bumped when the meaning of compiled code or its
// marshal payload changes in a way the opcode table does not show.
const bytecodeFormatVersion = 3

var bytecodeHashOnce = sync.OnceValue(computeBytecodeHash)

func computeBytecodeHash() uint64 {
	h := fnv.New64a()
	h.Write([]byte("krait bytecode " + strconv.Itoa(bytecodeFormatVersion) + "\x00"))
	id := executableBuildID()
	if id == "" {
		// The build ID covers the opcode table; without it the table
		// stands in (hashing it was ~1% of `-c pass`).
		for _, op := range compiler.OpTable {
			h.Write([]byte(op.Name + "\x00" + op.Format + "\x00" + strconv.Itoa(op.Cache) + "\x00" + op.Effect + "\x00"))
		}
	}
	h.Write([]byte(id))
	return h.Sum64()
}

// codeFormatStamp is the first word of every marshalled code object.
func codeFormatStamp() uint32 { return uint32(bytecodeHashOnce()) }

// pycMagicNumber is CPython 3.11's bytecode magic number (3495, then
// b'\r\n' so that a text-mode read of a .pyc comes out wrong).
var pycMagicNumber = [4]byte{0xa7, 0x0d, '\r', '\n'}

// PycMagic returns importlib's MAGIC_NUMBER: CPython 3.11's.
func PycMagic() []byte { return append([]byte(nil), pycMagicNumber[:]...) }

// pycCodeStale reports whether the .pyc data holds a code object marshalled
// by another Krait build (its stamp, after the 16-byte header, the type
// byte and seven header words, differs from ours). Data too short to tell,
// or holding something else, is left to marshal to judge.
func pycCodeStale(data []byte) bool {
	const at = pycHeaderSize + 1 + 7*4
	if len(data) < at+4 || data[pycHeaderSize]&0x7f != 'c' {
		return false
	}
	return binary.LittleEndian.Uint32(data[at:]) != codeFormatStamp()
}

// executableBuildID returns the Go build ID recorded in the running
// executable's ELF note (the linker puts it in the first page), or "" if it
// cannot be found.
func executableBuildID() string {
	if id := memoryBuildID(); id != "" { // startup12a_elf.go
		return id
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := nopoll.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	var buf [16 << 10]byte
	n, _ := f.Read(buf[:])
	return findGoBuildID(buf[:n])
}

// findGoBuildID looks for the ELF note of type 4 owned by "Go" (namesz 4,
// descsz, type 4, "Go\0\0", then the ID) in b.
func findGoBuildID(b []byte) string {
	tag := []byte("\x04\x00\x00\x00Go\x00\x00")
	i := bytes.Index(b, tag)
	if i < 8 || binary.LittleEndian.Uint32(b[i-8:]) != 4 {
		return ""
	}
	n := int(binary.LittleEndian.Uint32(b[i-4:]))
	start := i + len(tag)
	if n <= 0 || n > 512 || start+n > len(b) {
		return ""
	}
	return string(b[start : start+n])
}
