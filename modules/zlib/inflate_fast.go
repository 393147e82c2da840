// This file defines the inflater's fast loop, used like zlib's
// inflate_fast while at least six input bytes and 258 bytes of output
// space remain: it decodes whole symbols from a prefetched bit buffer
// and gives back the unused whole bytes when it stops, so the input
// consumed is the same as the byte-at-a-time path's.
package zlib

// inflateFast decodes literals and matches in mode iLen; it returns with
// the mode changed at a block end or error, or in iLen when input or
// output space ran low.
func (s *inflateState) inflateFast() {
	in := s.in
	pos := 0
	hold, bits := s.hold, s.bits
	lit, dist := s.lencode, s.distcode
	for len(in)-pos >= 6 && s.availOut >= 258 && s.mode == iLen {
		for bits <= 56 && pos < len(in) {
			hold |= uint64(in[pos]) << bits
			pos++
			bits += 8
		}
		sym, n, st := lit.decode(hold, bits)
		if st != decodeOK || sym > 285 {
			break // the slow path reports the error
		}
		if sym < 256 {
			hold >>= uint(n)
			bits -= uint(n)
			s.out = append(s.out, byte(sym))
			s.availOut--
			continue
		}
		if sym == endBlock {
			hold >>= uint(n)
			bits -= uint(n)
			s.mode = iType
			break
		}
		code := sym - 257
		length := int(baseLength[code]) + minMatch
		if sym == 285 {
			length = maxMatch
		}
		used := uint(n)
		if e := uint(extraLBits[code]); e != 0 {
			length += int(hold>>used) & (1<<e - 1)
			used += e
		}
		dsym, dn, dst := dist.decode(hold>>used, bits-used)
		if dst != decodeOK || dsym > 29 {
			break
		}
		used += uint(dn)
		offset := int(baseDist[dsym]) + 1
		if e := uint(extraDBits[dsym]); e != 0 {
			offset += int(hold>>used) & (1<<e - 1)
			used += e
		}
		if offset > len(s.out)-s.outStart+s.whave {
			break // too far back: the slow path reports it
		}
		hold >>= used
		bits -= used
		s.length, s.offset = length, offset
		s.mode = iMatch
		for s.mode == iMatch {
			s.match()
		}
	}
	// Give back the whole bytes not used.
	back := int(bits >> 3)
	pos -= back
	bits -= uint(back) * 8
	hold &= 1<<bits - 1
	s.in = in[pos:]
	s.hold, s.bits = hold, bits
}
