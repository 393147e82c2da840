// Package uuid stands in for github.com/google/uuid in Krait's build.
//
// modernc.org/libc (under the pure-Go SQLite that _sqlite3 uses) needs
// only random UUIDs, their parsing and their text form from that module,
// but the real module imports package net (for version 1 node IDs), and
// net links the C library's resolver through runtime/cgo whenever cgo is
// available, which would make the krait binary dynamically linked. This
// replacement, selected by a replace directive in Krait's go.mod, provides
// the same API subset without net.
package uuid

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"strings"
)

// UUID is a 128-bit universally unique identifier (RFC 4122).
type UUID [16]byte

// New returns a random (version 4, variant RFC 4122) UUID.
func New() UUID {
	var u UUID
	if _, err := rand.Read(u[:]); err != nil {
		panic(err)
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u
}

// String returns the canonical form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.
func (u UUID) String() string {
	var b [36]byte
	hex.Encode(b[0:8], u[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], u[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], u[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], u[8:10])
	b[23] = '-'
	hex.Encode(b[24:], u[10:])
	return string(b[:])
}

var errFormat = errors.New("invalid UUID format")

// Parse decodes s in the canonical form, optionally wrapped in braces or
// prefixed by "urn:uuid:", or as 32 hex digits without dashes.
func Parse(s string) (UUID, error) {
	var u UUID
	switch {
	case len(s) == 36+9 && strings.EqualFold(s[:9], "urn:uuid:"):
		s = s[9:]
	case len(s) == 38 && s[0] == '{' && s[37] == '}':
		s = s[1:37]
	}
	switch len(s) {
	case 32:
	case 36:
		if s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
			return u, errFormat
		}
		s = s[0:8] + s[9:13] + s[14:18] + s[19:23] + s[24:]
	default:
		return u, errFormat
	}
	if _, err := hex.Decode(u[:], []byte(s)); err != nil {
		return u, errFormat
	}
	return u, nil
}
