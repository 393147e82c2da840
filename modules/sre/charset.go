// This file defines the evaluation of set code (the operand of IN and the
// INFO charset): LITERAL, CATEGORY, CHARSET, RANGE, RANGE_UNI_IGNORE,
// NEGATE and BIGCHARSET items ended by FAILURE, as sre's SRE(charset).

package sre

// inSet reports whether c is a member of the set whose code starts at
// code[pc]. Malformed set code makes it report false, as _sre does.
func inSet(code []uint32, pc int, c uint32) bool {
	ok := true
	for {
		op := code[pc]
		pc++
		switch op {
		case OpFailure:
			return !ok
		case OpLiteral:
			if c == code[pc] {
				return ok
			}
			pc++
		case OpCategory:
			if category(code[pc], c) {
				return ok
			}
			pc++
		case OpCharset:
			if c < 256 && code[pc+int(c>>5)]&(1<<(c&31)) != 0 {
				return ok
			}
			pc += 8
		case OpRange:
			if code[pc] <= c && c <= code[pc+1] {
				return ok
			}
			pc += 2
		case OpRangeUniIgnore:
			if code[pc] <= c && c <= code[pc+1] {
				return ok
			}
			if u := upperUnicode(c); code[pc] <= u && u <= code[pc+1] {
				return ok
			}
			pc += 2
		case OpNegate:
			ok = !ok
		case OpBigcharset:
			count := int(code[pc])
			pc++
			if c < 0x10000 {
				// 256 block indices packed four to a code word, little-endian
				// as the compiler packs them.
				hi := c >> 8
				block := (code[pc+int(hi>>2)] >> ((hi & 3) * 8)) & 0xff
				w := code[pc+64+int(block*8)+int((c&255)>>5)]
				if w&(1<<(c&31)) != 0 {
					return ok
				}
			}
			pc += 64 + count*8
		default:
			return false
		}
	}
}

// inSetLocIgnore is SRE(charset_loc_ignore).
func inSetLocIgnore(code []uint32, pc int, c uint32) bool {
	lo := lowerLocale(c)
	if inSet(code, pc, lo) {
		return true
	}
	up := upperLocale(c)
	return up != lo && inSet(code, pc, up)
}
