// This file defines the key derivation functions pbkdf2_hmac (RFC 8018)
// and scrypt (RFC 7914) over the digests of algorithms.go.
package hashlib

import (
	"crypto/pbkdf2"
	"encoding/binary"
	"hash"
	"math/bits"

	"krait/modules/hashbase"
	"krait/runtime"
)

// stateHash adapts a hashbase.State to hash.Hash for crypto/pbkdf2.
type stateHash struct {
	hashbase.State
	newFn func() hashbase.State
}

func (h *stateHash) Sum(b []byte) []byte { return append(b, h.State.Sum(0)...) }
func (h *stateHash) Reset()              { h.State = h.newFn() }

func hashFunc(a *algorithm) func() hash.Hash {
	return func() hash.Hash { return &stateHash{a.newFn(), a.newFn} }
}

// _hashlib_pbkdf2_hmac is pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None).
func _hashlib_pbkdf2_hmac(_ value, a []value) (value, *exc) {
	name, ok := a[0].TryStr()
	if !ok {
		return runtime.None, runtime.NewTypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s", a[0].Type().Name)
	}
	password, err := bytesArg(a[1])
	if err != nil {
		return runtime.None, err
	}
	salt, err := bytesArg(a[2])
	if err != nil {
		return runtime.None, err
	}
	iter, err := runtime.IndexInt64(a[3], "")
	if err != nil {
		if err.Type() == runtime.OverflowErrorType {
			return runtime.None, runtime.NewOverflowError("iteration value is too great.")
		}
		return runtime.None, err
	}
	if iter < 1 {
		return runtime.None, runtime.NewValueError("iteration value must be greater than 0.")
	}
	if iter > 1<<31-1 {
		return runtime.None, runtime.NewOverflowError("iteration value is too great.")
	}
	alg := lookup(name.S)
	if alg == nil {
		return runtime.None, runtime.NewExceptionMsg(unsupportedDigestmodError(), "[digital envelope routines] unsupported")
	}
	if alg.xof {
		return runtime.None, runtime.NewValueError("no reason supplied")
	}
	dklen := int64(alg.newFn().Size())
	if !a[4].IsNull() && a[4] != runtime.None {
		if dklen, err = runtime.IndexInt64(a[4], ""); err != nil {
			if err.Type() == runtime.OverflowErrorType {
				return runtime.None, runtime.NewOverflowError("key length is too great.")
			}
			return runtime.None, err
		}
		if dklen < 1 {
			return runtime.None, runtime.NewValueError("key length must be greater than 0.")
		}
		if dklen > 1<<31-1 {
			return runtime.None, runtime.NewOverflowError("key length is too great.")
		}
	}
	key, gerr := pbkdf2.Key(hashFunc(alg), string(password), salt, int(iter), int(dklen))
	if gerr != nil {
		return runtime.None, runtime.NewValueError("%s", gerr.Error())
	}
	return runtime.NewBytes(key), nil
}

// scryptMaxMem is OpenSSL's default memory limit (maxmem=0).
const scryptMaxMem = 32 << 20

// uintParam reads a required unsigned scrypt parameter.
func uintParam(v value, name string) (uint64, *exc) {
	if v.IsNull() || v == runtime.None {
		return 0, runtime.NewTypeError("%s is required and must be an unsigned int", name)
	}
	if !runtime.IsInstance(v, runtime.IntType) {
		return 0, runtime.NewTypeError("scrypt() argument '%s' must be int, not %s", name, v.Type().Name)
	}
	n, ok := runtime.IntOf(v)
	if !ok || n < 0 {
		return 0, runtime.NewTypeError("%s is required and must be an unsigned int", name)
	}
	return uint64(n), nil
}

// intParam reads an optional int scrypt parameter that must lie in [1, 2**31-1].
func intParam(v value, name string, dflt int64, msg string) (int64, *exc) {
	if v.IsNull() {
		return dflt, nil
	}
	if !runtime.IsInstance(v, runtime.IntType) {
		return 0, runtime.NewTypeError("scrypt() argument '%s' must be int, not %s", name, v.Type().Name)
	}
	n, ok := runtime.IntOf(v)
	if !ok || n > 1<<31-1 {
		return 0, runtime.NewOverflowError("Python int too large to convert to C long")
	}
	if n < 1 {
		return 0, runtime.NewValueError("%s", msg)
	}
	return n, nil
}

// _hashlib_scrypt is scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64).
func _hashlib_scrypt(_ value, a []value) (value, *exc) {
	password, err := bytesArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	if a[1].IsNull() || a[1] == runtime.None {
		return runtime.None, runtime.NewTypeError("salt is required")
	}
	salt, err := bytesArg(a[1])
	if err != nil {
		return runtime.None, err
	}
	n, err := uintParam(a[2], "n")
	if err != nil {
		return runtime.None, err
	}
	if n < 2 || n&(n-1) != 0 {
		return runtime.None, runtime.NewValueError("n must be a power of 2.")
	}
	r, err := uintParam(a[3], "r")
	if err != nil {
		return runtime.None, err
	}
	p, err := uintParam(a[4], "p")
	if err != nil {
		return runtime.None, err
	}
	maxmem := int64(0)
	if !a[5].IsNull() {
		if maxmem, err = intParam(a[5], "maxmem", 0, ""); err != nil || maxmem < 0 {
			return runtime.None, runtime.NewValueError("maxmem must be positive and smaller than 2147483647")
		}
	}
	dklen, err := intParam(a[6], "dklen", 64, "dklen must be greater than 0 and smaller than 2147483647")
	if err != nil {
		return runtime.None, err
	}
	if r == 0 || p == 0 || r*p >= 1<<30 || (16*r <= 63 && n >= 1<<(16*r)) {
		return runtime.None, runtime.NewValueError("Invalid parameter combination for n, r, p, maxmem.")
	}
	if maxmem == 0 {
		maxmem = scryptMaxMem
	}
	if hi, need := bits.Mul64(128*r, n+2+p); hi != 0 || need > uint64(maxmem) {
		return runtime.None, runtime.NewValueError("[digital envelope routines] memory limit exceeded")
	}
	return runtime.NewBytes(scrypt(password, salt, int(n), int(r), int(p), int(dklen))), nil
}

// scrypt derives dklen bytes (RFC 7914 section 6).
func scrypt(password, salt []byte, n, r, p, dklen int) []byte {
	sha := hashFunc(lookup("sha256"))
	b, _ := pbkdf2.Key(sha, string(password), salt, 1, p*128*r)
	x := make([]uint32, 32*r)
	v := make([]uint32, 32*r*n)
	y := make([]uint32, 32*r)
	for i := 0; i < p; i++ {
		blk := b[i*128*r : (i+1)*128*r]
		for j := range x {
			x[j] = binary.LittleEndian.Uint32(blk[4*j:])
		}
		roMix(x, v, y, n, r)
		for j, w := range x {
			binary.LittleEndian.PutUint32(blk[4*j:], w)
		}
	}
	key, _ := pbkdf2.Key(sha, string(password), b, 1, dklen)
	return key
}

// roMix is scryptROMix over x (32*r words), with v (n blocks) and y scratch.
func roMix(x, v, y []uint32, n, r int) {
	size := 32 * r
	for i := 0; i < n; i++ {
		copy(v[i*size:], x)
		blockMix(x, y, r)
	}
	for i := 0; i < n; i++ {
		j := int(x[size-16] & uint32(n-1))
		for k := range x {
			x[k] ^= v[j*size+k]
		}
		blockMix(x, y, r)
	}
}

// blockMix is scryptBlockMix: Salsa20/8 over the 2r 64-byte blocks of b,
// even outputs first, then odd ones.
func blockMix(b, y []uint32, r int) {
	var t [16]uint32
	copy(t[:], b[(2*r-1)*16:])
	for i := 0; i < 2*r; i++ {
		for k := range t {
			t[k] ^= b[i*16+k]
		}
		salsa208(&t)
		dst := (i/2)*16 + (i%2)*r*16
		copy(y[dst:dst+16], t[:])
	}
	copy(b, y)
}

// salsa208 is the Salsa20/8 core applied in place.
func salsa208(b *[16]uint32) {
	x := *b
	for i := 0; i < 8; i += 2 {
		x[4] ^= bits.RotateLeft32(x[0]+x[12], 7)
		x[8] ^= bits.RotateLeft32(x[4]+x[0], 9)
		x[12] ^= bits.RotateLeft32(x[8]+x[4], 13)
		x[0] ^= bits.RotateLeft32(x[12]+x[8], 18)
		x[9] ^= bits.RotateLeft32(x[5]+x[1], 7)
		x[13] ^= bits.RotateLeft32(x[9]+x[5], 9)
		x[1] ^= bits.RotateLeft32(x[13]+x[9], 13)
		x[5] ^= bits.RotateLeft32(x[1]+x[13], 18)
		x[14] ^= bits.RotateLeft32(x[10]+x[6], 7)
		x[2] ^= bits.RotateLeft32(x[14]+x[10], 9)
		x[6] ^= bits.RotateLeft32(x[2]+x[14], 13)
		x[10] ^= bits.RotateLeft32(x[6]+x[2], 18)
		x[3] ^= bits.RotateLeft32(x[15]+x[11], 7)
		x[7] ^= bits.RotateLeft32(x[3]+x[15], 9)
		x[11] ^= bits.RotateLeft32(x[7]+x[3], 13)
		x[15] ^= bits.RotateLeft32(x[11]+x[7], 18)
		x[1] ^= bits.RotateLeft32(x[0]+x[3], 7)
		x[2] ^= bits.RotateLeft32(x[1]+x[0], 9)
		x[3] ^= bits.RotateLeft32(x[2]+x[1], 13)
		x[0] ^= bits.RotateLeft32(x[3]+x[2], 18)
		x[6] ^= bits.RotateLeft32(x[5]+x[4], 7)
		x[7] ^= bits.RotateLeft32(x[6]+x[5], 9)
		x[4] ^= bits.RotateLeft32(x[7]+x[6], 13)
		x[5] ^= bits.RotateLeft32(x[4]+x[7], 18)
		x[11] ^= bits.RotateLeft32(x[10]+x[9], 7)
		x[8] ^= bits.RotateLeft32(x[11]+x[10], 9)
		x[9] ^= bits.RotateLeft32(x[8]+x[11], 13)
		x[10] ^= bits.RotateLeft32(x[9]+x[8], 18)
		x[12] ^= bits.RotateLeft32(x[15]+x[14], 7)
		x[13] ^= bits.RotateLeft32(x[12]+x[15], 9)
		x[14] ^= bits.RotateLeft32(x[13]+x[12], 13)
		x[15] ^= bits.RotateLeft32(x[14]+x[13], 18)
	}
	for i := range b {
		b[i] += x[i]
	}
}
