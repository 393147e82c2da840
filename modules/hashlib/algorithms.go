// This file defines the digest algorithms _hashlib offers (OpenSSL's
// message digests in CPython) over Go's crypto packages, and the lookup of
// an algorithm by OpenSSL name or alias.
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"
	"strings"

	"krait/modules/hashbase"
)

// algorithm is one message digest.
type algorithm struct {
	name  string // the canonical (Python) name
	newFn func() hashbase.State
	xof   bool // an extendable-output function (HASHXOF)
}

func fixed(newFn func() hash.Hash) func() hashbase.State {
	return func() hashbase.State { return hashbase.Fixed{Cloner: newFn().(hash.Cloner)} }
}

func fixedSHA3(newFn func() *sha3.SHA3) func() hashbase.State {
	return func() hashbase.State { return hashbase.Fixed{Cloner: newFn()} }
}

// shake adapts a SHAKE function to hashbase.State.
type shake struct {
	*sha3.SHAKE
	newFn func() *sha3.SHAKE
}

func (s shake) Size() int { return 0 }

func (s shake) Clone() hashbase.State {
	state, _ := s.MarshalBinary()
	c := s.newFn()
	if err := c.UnmarshalBinary(state); err != nil {
		panic(err) // a state marshalled by the same function always restores
	}
	return shake{c, s.newFn}
}

func (s shake) Sum(n int) []byte {
	out := make([]byte, n)
	s.Clone().(shake).Read(out)
	return out
}

func newShake(newFn func() *sha3.SHAKE) func() hashbase.State {
	return func() hashbase.State { return shake{newFn(), newFn} }
}

// md5sha1 is OpenSSL's MD5-SHA1: both digests concatenated (used by TLS 1.0).
type md5sha1 struct{ m, s hashbase.State }

func newMD5SHA1() hashbase.State {
	return &md5sha1{fixed(md5.New)(), fixed(sha1.New)()}
}

func (h *md5sha1) Write(p []byte) (int, error) {
	h.m.Write(p)
	return h.s.Write(p)
}
func (h *md5sha1) Sum(int) []byte        { return append(h.m.Sum(0), h.s.Sum(0)...) }
func (h *md5sha1) Clone() hashbase.State { return &md5sha1{h.m.Clone(), h.s.Clone()} }
func (h *md5sha1) Size() int             { return 36 }
func (h *md5sha1) BlockSize() int        { return 64 }

// algorithms are the digests in the order of the openssl_* constructors.
var algorithms = []*algorithm{
	{name: "md5", newFn: fixed(md5.New)},
	{name: "sha1", newFn: fixed(sha1.New)},
	{name: "sha224", newFn: fixed(sha256.New224)},
	{name: "sha256", newFn: fixed(sha256.New)},
	{name: "sha384", newFn: fixed(sha512.New384)},
	{name: "sha512", newFn: fixed(sha512.New)},
	{name: "sha3_224", newFn: fixedSHA3(sha3.New224)},
	{name: "sha3_256", newFn: fixedSHA3(sha3.New256)},
	{name: "sha3_384", newFn: fixedSHA3(sha3.New384)},
	{name: "sha3_512", newFn: fixedSHA3(sha3.New512)},
	{name: "shake_128", newFn: newShake(sha3.NewSHAKE128), xof: true},
	{name: "shake_256", newFn: newShake(sha3.NewSHAKE256), xof: true},
	{name: "sha512_224", newFn: fixed(sha512.New512_224)},
	{name: "sha512_256", newFn: fixed(sha512.New512_256)},
	{name: "md5-sha1", newFn: newMD5SHA1},
	{name: "ripemd160", newFn: newRIPEMD160},
	{name: "sm3", newFn: newSM3},
	{name: "blake2b", newFn: blake2State("blake2b")},
	{name: "blake2s", newFn: blake2State("blake2s")},
}

// constructorCount is how many leading algorithms have openssl_* functions.
const constructorCount = 12

// aliases maps OpenSSL's other spellings (lower-cased) to Python's names.
var aliases = map[string]string{
	"sha-1": "sha1", "sha-224": "sha224", "sha-256": "sha256", "sha-384": "sha384", "sha-512": "sha512",
	"sha2-224": "sha224", "sha2-256": "sha256", "sha2-384": "sha384", "sha2-512": "sha512",
	"sha512-224": "sha512_224", "sha512-256": "sha512_256", "sha-512/224": "sha512_224", "sha-512/256": "sha512_256",
	"sha2-512/224": "sha512_224", "sha2-512/256": "sha512_256",
	"sha3-224": "sha3_224", "sha3-256": "sha3_256", "sha3-384": "sha3_384", "sha3-512": "sha3_512",
	"shake128": "shake_128", "shake256": "shake_256",
	"blake2b512": "blake2b", "blake2s256": "blake2s",
	"ripemd": "ripemd160", "ripemd-160": "ripemd160", "rmd160": "ripemd160",
}

// lookup finds the algorithm called name (case-insensitively, with
// OpenSSL's aliases), or nil.
func lookup(name string) *algorithm {
	n := strings.ToLower(name)
	if a, ok := aliases[n]; ok {
		n = a
	} else if strings.HasPrefix(n, "blake2") && n != name {
		return nil // OpenSSL knows BLAKE2 by these names in lower case only
	}
	for _, a := range algorithms {
		if a.name == n {
			return a
		}
	}
	return nil
}
