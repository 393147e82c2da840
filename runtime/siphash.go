// This file defines SipHash-1-3, the str and bytes hash of CPython 3.11, and its key as
// CPython derives it from PYTHONHASHSEED.
package runtime

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"strconv"
	"strings"
)

// hashKey is the 128-bit SipHash key of an interpreter (CPython's _Py_HashSecret).
type hashKey struct {
	k0, k1 uint64
}

// hashSecretSize is sizeof(_Py_HashSecret_t): PYTHONHASHSEED fills that many bytes, of
// which the SipHash key is the first sixteen.
const hashSecretSize = 24

// newHashKey derives the key as CPython does from the value of PYTHONHASHSEED: "" or
// "random" draws a random key, "0" gives the all-zero key (no randomization), and a
// number N in 1..4294967295 fills the secret from an LCG seeded with N. It returns false
// for any other value, which CPython rejects at start-up with "PYTHONHASHSEED must be
// "random" or an integer in range [0; 4294967295]".
func newHashKey(seed string) (hashKey, bool) {
	secret := make([]byte, hashSecretSize)
	if seed == "" || seed == "random" {
		// The Go runtime's generator (ChaCha8, seeded from the kernel's
		// entropy at exec) rather than crypto/rand: the key is drawn at
		// every start, and crypto/rand's first use faulted in its code.
		for i := 0; i < len(secret); i += 8 {
			binary.LittleEndian.PutUint64(secret[i:], rand.Uint64())
		}
	} else {
		n, err := strconv.ParseUint(strings.TrimPrefix(strings.TrimLeft(seed, " \t\n\v\f\r"), "+"), 10, 32)
		if err != nil {
			return hashKey{}, false
		}
		if n != 0 {
			lcgFill(uint32(n), secret)
		}
	}
	return hashKey{binary.LittleEndian.Uint64(secret), binary.LittleEndian.Uint64(secret[8:])}, true
}

// lcgFill fills buf from the linear congruential generator of Microsoft's C rand(), as
// CPython's lcg_urandom does, taking bits 16..23 of each state.
func lcgFill(x uint32, buf []byte) {
	for i := range buf {
		x = x*214013 + 2531011
		buf[i] = byte(x >> 16)
	}
}

// siphash13 is SipHash with one compression round and three finalization rounds, over
// the bytes of a string or a byte slice.
func siphash13[T string | []byte](k0, k1 uint64, b T) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13) ^ v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16) ^ v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21) ^ v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17) ^ v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	n := len(b)
	for len(b) >= 8 {
		m := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		v3 ^= m
		round()
		v0 ^= m
		b = b[8:]
	}
	last := uint64(n) << 56
	for i := 0; i < len(b); i++ {
		last |= uint64(b[i]) << (8 * i)
	}
	v3 ^= last
	round()
	v0 ^= last
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}
