// This file defines hash() for numbers, tuples, str and bytes exactly as CPython 3.11 on a
// 64-bit machine computes it, so that sets and dicts iterate in CPython's order.
package runtime

import (
	"math"
	"math/big"
	"unicode/utf8"
)

const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1 // sys.hash_info.modulus, a Mersenne prime
	hashInf     = 314159          // sys.hash_info.inf
	hashImag    = 1000003         // sys.hash_info.imag
)

// fixHash maps the hash -1, which CPython reserves for errors, to -2.
func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

// hashInt64 returns hash(i): |i| modulo 2^61-1 with the sign of i.
func hashInt64(i int64) int64 {
	if i >= 0 {
		return int64(uint64(i) % hashModulus)
	}
	u := uint64(-(i + 1)) + 1 // |i| without overflow for MinInt64
	return fixHash(-int64(u % hashModulus))
}

var bigHashModulus = big.NewInt(hashModulus)

// hashInt returns hash(x) for an int of any size.
func hashInt(x *big.Int) int64 {
	if x.IsInt64() {
		return hashInt64(x.Int64())
	}
	m := new(big.Int).Abs(x)
	h := m.Mod(m, bigHashModulus).Int64()
	if x.Sign() < 0 {
		h = -h
	}
	return fixHash(h)
}

// hashPointer returns the identity hash of an object at address id, as object.__hash__
// and the hash of a nan do: the address rotated right by four bits.
func hashPointer(id uintptr) int64 {
	y := uint64(id)
	return fixHash(int64(y>>4 | y<<60))
}

// hashFloat returns hash(f) consistently with ints and fractions: the value of f modulo
// 2^61-1. A nan hashes by the identity id of its float object, as in Python 3.10+.
func hashFloat(f float64, id uintptr) int64 {
	if math.IsInf(f, 1) {
		return hashInf
	}
	if math.IsInf(f, -1) {
		return -hashInf
	}
	if math.IsNaN(f) {
		return hashPointer(id)
	}
	m, e := math.Frexp(f)
	sign := uint64(1)
	if m < 0 {
		sign, m = ^uint64(0), -m
	}
	// Take 28 bits of the mantissa at a time, multiplying by 2^28 modulo 2^61-1 (a
	// rotation of 61-bit values).
	var x uint64
	for m != 0 {
		x = (x<<28)&hashModulus | x>>(hashBits-28)
		m *= 1 << 28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - (-1-e)%hashBits
	}
	x = (x<<uint(e))&hashModulus | x>>uint(hashBits-e)
	return fixHash(int64(x * sign))
}

// hashComplex returns hash(complex(re, im)); id is the complex object's identity, used for
// nan parts.
func hashComplex(re, im float64, id uintptr) int64 {
	h := uint64(hashFloat(re, id)) + hashImag*uint64(hashFloat(im, id))
	return fixHash(int64(h))
}

// Primes of xxHash64, which tuple hashing is built on since Python 3.8.
const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

// hashTuple combines the hashes of a tuple's items as tuplehash does.
func hashTuple(items []int64) int64 {
	acc := uint64(xxPrime5)
	for _, h := range items {
		acc += uint64(h) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	// Adding the length this way keeps hash(()) at its historical value.
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// hashBytes returns hash(b) for bytes (and memoryview, datetime, ...): SipHash-1-3 of the
// bytes under key, with the empty string hashing to 0.
func hashBytes(b []byte, key *hashKey) int64 {
	if len(b) == 0 {
		return 0
	}
	return fixHash(int64(siphash13(key.k0, key.k1, b)))
}

// hashStr returns hash(s) for a str held as WTF-8 (UTF-8 that may encode lone
// surrogates). CPython hashes its internal representation: one byte per code point when
// all are below 256, two little-endian bytes when all are below 65536, else four.
func hashStr(s string, key *hashKey) int64 {
	if s == "" {
		return 0
	}
	if isASCII(s) { // the internal representation is the string's own bytes
		return fixHash(int64(siphash13(key.k0, key.k1, s)))
	}
	width, n := 1, 0
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		i += size
		n++
		if c >= 0x10000 {
			width = 4
		} else if c >= 0x100 && width < 2 {
			width = 2
		}
	}
	buf := make([]byte, 0, n*width)
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		i += size
		for k := 0; k < width; k++ {
			buf = append(buf, byte(c>>(8*k)))
		}
	}
	return hashBytes(buf, key)
}

// isASCII reports whether s is all ASCII, eight bytes at a time (the
// byte loads combine into one): marshal checks every name and constant
// it loads, and hashing checks every str it hashes. A string of 8 bytes
// or more ends with its last eight bytes as one word (re-reading some),
// and one of 4 to 7 bytes is two overlapping 4-byte words: most names
// are that short, and a byte loop over their tails cost more. Longer
// texts (docstrings) are tested four words at a time.
func isASCII(s string) bool {
	const high64, high32 = 0x8080808080808080, 0x80808080
	n := len(s)
	switch {
	case n >= 8:
		i := 0
		for ; i+32 < n; i += 32 { // docstrings: four words a test
			w := asciiWord64(s[i:]) | asciiWord64(s[i+8:]) | asciiWord64(s[i+16:]) | asciiWord64(s[i+24:])
			if w&high64 != 0 {
				return false
			}
		}
		for ; i+8 < n; i += 8 {
			if asciiWord64(s[i:])&high64 != 0 {
				return false
			}
		}
		return asciiWord64(s[n-8:])&high64 == 0
	case n >= 4:
		return (asciiWord32(s)|asciiWord32(s[n-4:]))&high32 == 0
	}
	for i := 0; i < n; i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiWord64 is the first eight bytes of s as a little-endian word.
func asciiWord64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// asciiWord32 is the first four bytes of s as a little-endian word.
func asciiWord32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// shuffleBits spreads the bits of an item's hash before frozenset hashing XORs them.
func shuffleBits(h uint64) uint64 {
	return (h ^ 89869747 ^ h<<16) * 3644798167
}

// hashFrozenset returns hash(frozenset) from its items' hashes, as frozenset_hash: an
// order-independent XOR of shuffled item hashes, then the size and a final dispersion.
func hashFrozenset(items []int64) int64 {
	var h uint64
	for _, x := range items {
		h ^= shuffleBits(uint64(x))
	}
	h ^= (uint64(len(items)) + 1) * 1927868237
	h ^= h>>11 ^ h>>25
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		return 590923713
	}
	return int64(h)
}

// decodeCodePoint decodes the code point at s[i] from WTF-8: like UTF-8, but a surrogate
// U+D800..U+DFFF may appear encoded in three bytes. An invalid byte decodes as U+FFFD.
func decodeCodePoint(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// appendCodePoint appends c in WTF-8, so that lone surrogates survive.
func appendCodePoint(b []byte, c rune) []byte {
	if c >= 0xD800 && c <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
	}
	return utf8.AppendRune(b, c)
}

// codePointCount returns the number of code points of the WTF-8 string s.
func codePointCount(s string) int {
	n := asciiPrefixLen(s) // str13_count.go: one code point per ASCII byte
	for i := n; i < len(s); n++ {
		_, size := decodeCodePoint(s, i)
		i += size
	}
	return n
}

// codePointPrefix returns the first n code points of the WTF-8 string s.
func codePointPrefix(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := decodeCodePoint(s, i)
		i += size
	}
	return s[:i]
}

// codePoints decodes the WTF-8 string s.
func codePoints(s string) []rune {
	r := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		i += size
		r = append(r, c)
	}
	return r
}
