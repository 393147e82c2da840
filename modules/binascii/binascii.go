// Package binascii holds the core of CPython 3.11's binascii module: hex, base64, uu
// and quoted-printable conversions and the crc32 and crc_hqx checksums, over byte
// slices. The binding converts ASCII str arguments of the a2b_* functions to bytes
// first (raising ValueError "string argument should contain only ASCII characters").
package binascii

import (
	"fmt"
	"hash/crc32"
)

// Error is an exception to be raised: Kind is "Error" (binascii.Error), "Incomplete"
// (binascii.Incomplete) or a builtin exception name such as "ValueError".
type Error struct {
	Kind string
	Msg  string
}

// Error formats the error as Python prints the last line of a traceback.
func (e *Error) Error() string {
	if e.Kind == "Error" || e.Kind == "Incomplete" {
		return "binascii." + e.Kind + ": " + e.Msg
	}
	return e.Kind + ": " + e.Msg
}

func binErr(msg string) *Error { return &Error{"Error", msg} }

const hexDigits = "0123456789abcdef"

// Hexlify is b2a_hex/hexlify. sep is nil for no separator or a one-byte slice;
// bytesPerSep counts from the right when positive and from the left when negative.
func Hexlify(data, sep []byte, bytesPerSep int) ([]byte, *Error) {
	if sep != nil && len(sep) != 1 {
		return nil, &Error{"ValueError", "sep must be length 1."}
	}
	if sep == nil || bytesPerSep == 0 || len(data) == 0 {
		out := make([]byte, 2*len(data))
		for i, b := range data {
			out[2*i], out[2*i+1] = hexDigits[b>>4], hexDigits[b&15]
		}
		return out, nil
	}
	group := bytesPerSep
	if group < 0 {
		group = -group
	}
	out := make([]byte, 0, 3*len(data))
	for i, b := range data {
		// The separator goes before byte i when i starts a group; groups are counted
		// from the end of data for a positive bytesPerSep.
		pos := i
		if bytesPerSep > 0 {
			pos = len(data) - i
		}
		if i > 0 && pos%group == 0 {
			out = append(out, sep[0])
		}
		out = append(out, hexDigits[b>>4], hexDigits[b&15])
	}
	return out, nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// Unhexlify is a2b_hex/unhexlify.
func Unhexlify(data []byte) ([]byte, *Error) {
	if len(data)%2 != 0 {
		return nil, binErr("Odd-length string")
	}
	out := make([]byte, len(data)/2)
	for i := range out {
		hi, lo := hexVal(data[2*i]), hexVal(data[2*i+1])
		if hi < 0 || lo < 0 {
			return nil, binErr("Non-hexadecimal digit found")
		}
		out[i] = byte(hi<<4 | lo)
	}
	return out, nil
}

// Crc32 is binascii.crc32(data, value); the binding masks value to 32 bits.
func Crc32(data []byte, value uint32) uint32 {
	return crc32.Update(value, crc32.IEEETable, data)
}

var crcHqxTable = func() (t [256]uint16) {
	for i := range t {
		c := uint16(i) << 8
		for k := 0; k < 8; k++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		t[i] = c
	}
	return
}()

// CrcHqx is binascii.crc_hqx(data, value): CRC-CCITT; the binding passes value masked
// to 32 bits and only its low 16 bits are used, as in CPython.
func CrcHqx(data []byte, value uint32) uint16 {
	crc := uint16(value)
	for _, b := range data {
		crc = crc<<8 ^ crcHqxTable[byte(crc>>8)^b]
	}
	return crc
}

// errorf is fmt.Sprintf for binascii.Error messages.
func errorf(format string, args ...any) *Error { return binErr(fmt.Sprintf(format, args...)) }
