// This file defines the inflater's reading of a gzip member header
// (inflate.c's FLAGS through HCRC modes).
package zlib

import "hash/crc32"

// hcrcBytes adds header bytes to the header CRC when FHCRC is set.
func (s *inflateState) hcrcBytes(v uint64, n int) {
	if s.flags&0x200 != 0 && s.wrap&4 != 0 {
		var b [4]byte
		for i := range n {
			b[i] = byte(v >> (8 * i))
		}
		s.hcrc = crc32.Update(s.hcrc, crc32.IEEETable, b[:n])
	}
}

// gzipHeader advances through the header; it returns zOK to wait for
// input (the mode is left where to resume) or after setting iBad.
func (s *inflateState) gzipHeader() int {
	for {
		switch s.mode {
		case iFlags:
			if !s.need(16) {
				return zOK
			}
			s.flags = int(s.hold & 0xffff)
			if s.flags&0xff != deflated {
				s.bad("unknown compression method")
				return zOK
			}
			if s.flags&0xe000 != 0 {
				s.bad("unknown header flags set")
				return zOK
			}
			s.hcrcBytes(s.hold, 2)
			s.initBits()
			s.mode = iTime
		case iTime:
			if !s.need(32) {
				return zOK
			}
			s.hcrcBytes(s.hold, 4)
			s.initBits()
			s.mode = iOS
		case iOS:
			if !s.need(16) {
				return zOK
			}
			s.hcrcBytes(s.hold, 2)
			s.initBits()
			s.mode = iExLen
		case iExLen:
			s.length = 0
			if s.flags&0x400 != 0 {
				if !s.need(16) {
					return zOK
				}
				s.length = int(s.hold & 0xffff)
				s.hcrcBytes(s.hold, 2)
				s.initBits()
			}
			s.mode = iExtra
		case iExtra:
			if s.flags&0x400 != 0 && s.length > 0 {
				n := min(s.length, len(s.in))
				if s.flags&0x200 != 0 && s.wrap&4 != 0 {
					s.hcrc = crc32.Update(s.hcrc, crc32.IEEETable, s.in[:n])
				}
				s.in = s.in[n:]
				s.length -= n
				if s.length != 0 {
					return zOK
				}
			}
			s.mode = iName
		case iName, iComment:
			bit := 0x800
			if s.mode == iComment {
				bit = 0x1000
			}
			if s.flags&bit != 0 {
				n := 0
				for n < len(s.in) && s.in[n] != 0 {
					n++
				}
				if n < len(s.in) {
					n++ // the terminating zero
				}
				if s.flags&0x200 != 0 && s.wrap&4 != 0 {
					s.hcrc = crc32.Update(s.hcrc, crc32.IEEETable, s.in[:n])
				}
				ended := n > 0 && s.in[n-1] == 0
				s.in = s.in[n:]
				if !ended {
					return zOK
				}
			}
			s.mode++
		case iHCRC:
			if s.flags&0x200 != 0 {
				if !s.need(16) {
					return zOK
				}
				if s.wrap&4 != 0 && uint32(s.hold&0xffff) != s.hcrc&0xffff {
					s.bad("header crc mismatch")
					return zOK
				}
				s.initBits()
			}
			s.check = 0
			s.mode = iType
			return zOK
		}
	}
}
