// This file defines the identity of Krait's compiled code: a hash of the
// bytecode format that stamps every marshalled code object and gives
// importlib its MAGIC_NUMBER, so that a .pyc written by one Krait build is
// never run by a build with other opcodes, nor confused with CPython's.
//
// The hash covers bytecodeFormatVersion, every row of the opcode table
// (compiler.OpTable: name, operands, cache entries, effect) and the Go build
// ID of the running executable, which changes whenever any of Krait's code
// does. Keying on the build ID costs one recompilation of each cached module
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
const bytecodeFormatVersion = 2

var bytecodeHashOnce = sync.OnceValue(computeBytecodeHash)

func computeBytecodeHash() uint64 {
	h := fnv.New64a()
	h.Write([]byte("krait bytecode " + strconv.Itoa(bytecodeFormatVersion) + "\x00"))
	for _, op := range compiler.OpTable {
		h.Write([]byte(op.Name + "\x00" + op.Format + "\x00" + strconv.Itoa(op.Cache) + "\x00" + op.Effect + "\x00"))
	}
	h.Write([]byte(executableBuildID()))
	return h.Sum64()
}

// codeFormatStamp is the first word of every marshalled code object.
func codeFormatStamp() uint32 { return uint32(bytecodeHashOnce()) }

// PycMagic returns importlib's MAGIC_NUMBER for Krait: four bytes derived
// from the bytecode hash. CPython's magic numbers all end in b'\r\n'; Krait's
// never do, so neither implementation mistakes the other's files for its own.
func PycMagic() []byte {
	var m [4]byte
	binary.LittleEndian.PutUint32(m[:], uint32(bytecodeHashOnce()>>32))
	if m[2] == '\r' && m[3] == '\n' {
		m[3] ^= 0x80
	}
	return m[:]
}

// executableBuildID returns the Go build ID recorded in the running
// executable's ELF note (the linker puts it in the first page), or "" if it
// cannot be found.
func executableBuildID() string {
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
