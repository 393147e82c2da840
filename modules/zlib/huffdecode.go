// This file defines the Huffman decoding tables of the inflater: a
// nine-bit lookup for short codes and a canonical walk for longer ones,
// with zlib's rules for over-subscribed and incomplete code sets.
package zlib

const (
	fastBits    = 9
	entryLong   = 0    // the code is longer than fastBits: walk it
	entryBad    = 0xff // no code has this prefix
	tableCodes  = 0    // code-length codes
	tableLens   = 1    // literal/length codes
	tableDists  = 2    // distance codes
	decodeOK    = 0
	decodeShort = 1 // more bits are needed
	decodeBad   = 2 // an unused code
)

// huffTable decodes one canonical Huffman code.
type huffTable struct {
	fast   [1 << fastBits]uint32 // symbol<<8 | length (or entryLong/entryBad)
	count  [maxBits + 1]uint16
	symbol [320]uint16
	empty  bool
}

// build makes the table from code lengths; it reports false where zlib's
// inflate_table fails (over-subscribed, or incomplete except for a single
// one-bit length or distance code).
func (h *huffTable) build(lens []uint16, kind int) bool {
	h.count = [maxBits + 1]uint16{}
	for _, l := range lens {
		h.count[l]++
	}
	maxLen := maxBits
	for maxLen >= 1 && h.count[maxLen] == 0 {
		maxLen--
	}
	for i := range h.fast {
		h.fast[i] = entryBad
	}
	h.empty = maxLen == 0
	if h.empty {
		return true
	}
	left := 1
	for l := 1; l <= maxBits; l++ {
		left <<= 1
		left -= int(h.count[l])
		if left < 0 {
			return false
		}
	}
	if left > 0 && (kind == tableCodes || maxLen != 1) {
		return false
	}
	var offs [maxBits + 2]uint16
	for l := 1; l <= maxBits; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	for sym, l := range lens {
		if l != 0 {
			h.symbol[offs[l]] = uint16(sym)
			offs[l]++
		}
	}
	code := 0
	var next [maxBits + 1]int
	for l := 1; l <= maxBits; l++ {
		code = (code + int(h.count[l-1])) << 1
		next[l] = code
	}
	for sym, l := range lens {
		if l == 0 {
			continue
		}
		c := next[l]
		next[l]++
		if int(l) <= fastBits {
			r := int(bitReverse(uint32(c), int(l)))
			for k := r; k < len(h.fast); k += 1 << l {
				h.fast[k] = uint32(sym)<<8 | uint32(l)
			}
		} else {
			r := int(bitReverse(uint32(c>>(int(l)-fastBits)), fastBits))
			h.fast[r] = entryLong
		}
	}
	return true
}

// decode reads one symbol from the low bits of hold (bits valid).
func (h *huffTable) decode(hold uint64, bits uint) (sym, n int, status int) {
	if h.empty {
		if bits < 1 {
			return 0, 0, decodeShort
		}
		return 0, 1, decodeBad
	}
	e := h.fast[hold&(1<<fastBits-1)]
	if l := uint(e & 0xff); l != entryLong && l != entryBad {
		if l > bits {
			return 0, 0, decodeShort
		}
		return int(e >> 8), int(l), decodeOK
	} else if l == entryBad {
		// Only a one-bit incomplete code has unused prefixes.
		if bits < 1 {
			return 0, 0, decodeShort
		}
		return 0, 1, decodeBad
	}
	return h.walk(hold, bits)
}

// walk decodes bit by bit over the canonical code.
func (h *huffTable) walk(hold uint64, bits uint) (sym, n int, status int) {
	code, first, index := 0, 0, 0
	for l := 1; l <= maxBits; l++ {
		if uint(l) > bits {
			return 0, 0, decodeShort
		}
		code |= int(hold>>(l-1)) & 1
		count := int(h.count[l])
		if code-first < count {
			return int(h.symbol[index+code-first]), l, decodeOK
		}
		index += count
		first += count
		first <<= 1
		code <<= 1
	}
	return 0, 0, decodeBad
}
