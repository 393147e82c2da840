// Package random holds the core of CPython 3.11's _random module: the Mersenne Twister
// MT19937 with CPython's seeding, float and bit generation, and state layout. Lib/random.py
// builds everything else (seeding from str, randrange, shuffle, gauss, ...) on top of it.
package random

import (
	"encoding/binary"
	"math"
	"math/big"

	"krait/runtime"
)

// N is the number of 32-bit words of MT19937 state.
const N = 624

const (
	m         = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// Error is a Python exception to be raised: Kind is the class name, Msg the message.
type Error struct {
	Kind string
	Msg  string
}

// Error formats the error as Python prints the last line of a traceback.
func (e *Error) Error() string { return e.Kind + ": " + e.Msg }

// Random is the state of one _random.Random object.
type Random struct {
	index int
	state [N]uint32
}

// New returns a generator seeded from the operating system's randomness, as
// _random.Random() is.
func New() *Random {
	r := &Random{}
	r.SeedRandom()
	return r
}

func (r *Random) initGenrand(s uint32) {
	mt := &r.state
	mt[0] = s
	for i := 1; i < N; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	r.index = N
}

func (r *Random) initByArray(key []uint32) {
	r.initGenrand(19650218)
	mt := &r.state
	i, j := 1, 0
	k := N
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= N {
			mt[0] = mt[N-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = N - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= N {
			mt[0] = mt[N-1]
			i = 1
		}
	}
	mt[0] = 0x80000000 // MSB is 1, assuring a non-zero initial array
}

// SeedInt seeds from an int as random_seed does: the absolute value, cut into 32-bit
// words, least significant first, is the key. For any other seed (a float, from
// Lib/random.py) _random uses its hash as an unsigned 64-bit number: the binding passes
// SeedHash(hash(x)).
func (r *Random) SeedInt(n *big.Int) {
	a := new(big.Int).Abs(n)
	words := (a.BitLen() + 31) / 32
	if words == 0 {
		words = 1
	}
	key := make([]uint32, words)
	for i, w := range a.Bits() {
		// big.Word is 64 bits on the platforms Krait supports.
		key[2*i] = uint32(w)
		if 2*i+1 < words {
			key[2*i+1] = uint32(uint64(w) >> 32)
		}
	}
	r.initByArray(key)
}

// SeedHash seeds from a non-int seed's hash, taken as a C size_t (so a negative hash
// is not made positive by abs but wraps around 2**64).
func (r *Random) SeedHash(h int64) {
	r.SeedInt(new(big.Int).SetUint64(uint64(h)))
}

// SeedRandom seeds from N words of operating-system randomness, as seed(None) does.
func (r *Random) SeedRandom() {
	var buf [4 * N]byte
	if err := runtime.ReadRandom(buf[:]); err != nil {
		panic("random: no entropy source: " + err.Error()) // crypto/rand never fails on Linux
	}
	key := make([]uint32, N)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	r.initByArray(key)
}

// Uint32 returns the next 32 bits of output (genrand_uint32).
func (r *Random) Uint32() uint32 {
	mt := &r.state
	if r.index >= N {
		r.twist()
	}
	y := mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (r *Random) twist() {
	mt := &r.state
	mag := [2]uint32{0, matrixA}
	var kk int
	for kk = 0; kk < N-m; kk++ {
		y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
		mt[kk] = mt[kk+m] ^ (y >> 1) ^ mag[y&1]
	}
	for ; kk < N-1; kk++ {
		y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
		mt[kk] = mt[kk+(m-N)] ^ (y >> 1) ^ mag[y&1]
	}
	y := (mt[N-1] & upperMask) | (mt[0] & lowerMask)
	mt[N-1] = mt[m-1] ^ (y >> 1) ^ mag[y&1]
	r.index = 0
}

// Random returns a float in [0, 1) with 53 random bits made from two outputs.
func (r *Random) Random() float64 {
	a := r.Uint32() >> 5
	b := r.Uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// Getrandbits returns a non-negative int of k random bits. Words are drawn least
// significant first; the last, partial word keeps the high bits of its draw.
func (r *Random) Getrandbits(k int64) (*big.Int, *Error) {
	if k < 0 {
		return nil, &Error{"ValueError", "number of bits must be non-negative"}
	}
	if k > math.MaxInt32 {
		// The argument is a C int in CPython.
		return nil, &Error{"OverflowError", "Python int too large to convert to C int"}
	}
	if k <= 32 {
		if k == 0 {
			return new(big.Int), nil
		}
		return big.NewInt(int64(r.Uint32() >> (32 - k))), nil
	}
	words := (k-1)/32 + 1
	buf := make([]byte, 4*words)
	for i := int64(0); i < words; i++ {
		w := r.Uint32()
		if k < 32 {
			w >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[4*(words-1-i):], w)
		k -= 32
	}
	return new(big.Int).SetBytes(buf), nil
}

// State returns the 624 state words and the index, the 625 ints of getstate().
func (r *Random) State() ([N]uint32, int) { return r.state, r.index }

// SetState restores a state from setstate(): words are the first 624 ints (the binding
// converts each as an unsigned long and keeps its low 32 bits) and index the last one.
func (r *Random) SetState(words []uint32, index int64) *Error {
	if len(words) != N {
		return &Error{"ValueError", "state vector is the wrong size"}
	}
	if index < 0 || index > N {
		return &Error{"ValueError", "invalid state"}
	}
	copy(r.state[:], words)
	r.index = int(index)
	return nil
}
