// This file defines the integrity checks of .xz blocks (None, CRC32,
// CRC64, SHA-256) and the multi-byte integers of the format.
package lzma

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
	"hash/crc32"
	"hash/crc64"
)

// Check IDs.
const (
	checkNone   = 0
	checkCRC32  = 1
	checkCRC64  = 4
	checkSHA256 = 10
	checkIDMax  = 15
	// checkUnknown is what the decompressor reports before the header.
	checkUnknown = 16
)

// checkSize is the size in bytes of each check ID's field (liblzma's table:
// unsupported IDs still have a size, so their blocks can be skipped).
func checkSize(id int) int {
	return [16]int{0, 4, 4, 4, 8, 8, 8, 16, 16, 16, 32, 32, 32, 64, 64, 64}[id]
}

func checkSupported(id int) bool {
	return id == checkNone || id == checkCRC32 || id == checkCRC64 || id == checkSHA256
}

// newCheck returns the hash of a check ID (nil for none or unsupported).
func newCheck(id int) hash.Hash {
	switch id {
	case checkCRC32:
		return crc32.NewIEEE()
	case checkCRC64:
		// MakeTable builds ECMA's 32 KB table once, on this first use
		// rather than at every process start.
		return crc64.New(crc64.MakeTable(crc64.ECMA))
	case checkSHA256:
		return sha256.New()
	}
	return nil
}

// checkSum returns the check field as stored (little-endian CRCs).
func checkSum(h hash.Hash, id int) []byte {
	switch id {
	case checkCRC32:
		return binary.LittleEndian.AppendUint32(nil, h.(hash.Hash32).Sum32())
	case checkCRC64:
		return binary.LittleEndian.AppendUint64(nil, h.(hash.Hash64).Sum64())
	case checkSHA256:
		return h.Sum(nil)
	}
	return nil
}

// putVarint appends an xz multi-byte integer.
func putVarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// getVarint reads an xz multi-byte integer: n is 0 when b ends first, -1
// when the encoding is invalid.
func getVarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < 9; i++ {
		if i >= len(b) {
			return 0, 0
		}
		v |= uint64(b[i]&0x7F) << (7 * i)
		if b[i] < 0x80 {
			if b[i] == 0 && i > 0 {
				return 0, -1
			}
			return v, i + 1
		}
	}
	return 0, -1
}
