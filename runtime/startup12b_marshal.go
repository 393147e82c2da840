// This file holds the bulk steps of reading a code object from marshal
// data (code_marshal_code.go), which start-up runs for every code object of
// every module it imports, most of which never run: the fixed header read
// in one bounds check, the instructions copied as a block on little-endian
// hosts, the instructions, line table and cache index placed in one
// allocation, and the cache index checked eight entries at a time.

package runtime

import (
	"encoding/binary"
	"unsafe"
)

// hostLittleEndian reports whether uint32s are stored least significant
// byte first, as marshal writes them, so that the instruction words can be
// copied as bytes.
var hostLittleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// codeHeaderWords is the number of int32s before a code object's stamp:
// argcount, posonlyargcount, kwonlyargcount, numregs, flags, firstlineno,
// numcaches.
const codeHeaderWords = 7

// codeHeader reads the header words and the stamp (the eighth word) in
// one step.
func (r *marshalReader) codeHeader() (hdr [codeHeaderWords + 1]int32, err *Exception) {
	b, err := r.need(4 * len(hdr))
	if err != nil {
		return hdr, err
	}
	for i := range hdr {
		hdr[i] = int32(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return hdr, nil
}

// rawWords reads an int32 count and returns that many little-endian
// uint32s as the input's bytes (not copied): codeArrays copies them.
func (r *marshalReader) rawWords() ([]byte, *Exception) {
	n, err := r.size("code")
	if err != nil {
		return nil, err
	}
	if n > (len(r.b)-r.pos)/4 {
		return nil, marshalEOF("marshal data too short")
	}
	return r.need(4 * n)
}

// codeArrays copies a code object's instructions (raw, 4 bytes a word),
// line table and encoded cache index out of the input into one
// allocation, a block of words: the instructions first, then the table
// (capped, so that appending to it cannot reach the index), then the
// index, as a string over bytes nothing else refers to. They live and die
// with their code object, and one allocation instead of two is fewer
// pages touched during start-up, when no collection runs.
func codeArrays(raw, lines, index []byte) ([]uint32, []byte, string) {
	n := len(raw) / 4
	rest := len(lines) + len(index)
	if n+rest == 0 {
		return []uint32{}, nil, ""
	}
	block := make([]uint32, n+(rest+3)/4)
	instrs := block[:n:n]
	if hostLittleEndian {
		if n > 0 {
			copy(unsafe.Slice((*byte)(unsafe.Pointer(&block[0])), 4*n), raw)
		}
	} else {
		for i := range instrs {
			instrs[i] = binary.LittleEndian.Uint32(raw[4*i:])
		}
	}
	if rest == 0 {
		return instrs, nil, ""
	}
	tail := unsafe.Slice((*byte)(unsafe.Pointer(&block[n])), rest)
	k := copy(tail, lines)
	copy(tail[k:], index)
	var table []byte
	if k > 0 {
		table = tail[:k:k]
	}
	if len(index) == 0 {
		return instrs, table, ""
	}
	return instrs, table, unsafe.String(&tail[k], len(index))
}

// swarHigh has the high bit of each byte of a word set.
const swarHigh = 0x8080808080808080

// cacheIndexRun checks the next entries of an encoded cache index eight
// at a time while they are single bytes (most entries: an instruction
// without a cache has 0), and returns how many it consumed. A byte above
// ncaches is an error, found by adding 127-ncaches to every byte (no
// carry crosses bytes below 0x80): the sum reaches 0x80 exactly when the
// byte exceeds ncaches.
func cacheIndexRun(b []byte, left, ncaches int) (int, bool) {
	if ncaches < 0 {
		return 0, true
	}
	var add uint64
	if ncaches < 127 {
		add = 0x0101010101010101 * uint64(127-ncaches)
	}
	done := 0
	for left-done >= 8 && len(b)-done >= 8 {
		w := binary.LittleEndian.Uint64(b[done:])
		if w&swarHigh != 0 {
			break // a multi-byte entry: the caller reads it
		}
		if add != 0 && (w+add)&swarHigh != 0 {
			return done, false
		}
		done += 8
	}
	return done, true
}

// nameFast reads, without object's general dispatch, the two forms most
// names of a code object take: a reference to a str read before, and a
// short ASCII str ('z', or 'Z' interned). It returns nil, having read
// nothing, for anything else (the caller then reads the object as usual,
// with the same result or error).
func (r *marshalReader) nameFast() *Str {
	b := r.b[r.pos:]
	if len(b) < 2 || r.depth >= marshalMaxDepth {
		return nil
	}
	switch code := b[0]; code &^ marshalFlagRef {
	case 'r':
		if len(b) < 5 {
			return nil
		}
		n := int32(binary.LittleEndian.Uint32(b[1:]))
		if n < 0 || int(n) >= len(r.refs) {
			return nil
		}
		v := r.refs[n]
		if v.IsNull() || v.Type() != StrType {
			return nil
		}
		r.pos += 5
		return v.AsStr()
	case 'Z', 'z':
		n := int(b[1])
		if len(b)-2 < n || !bytesASCII(b[2:2+n]) {
			return nil
		}
		var s *Str
		if code&^marshalFlagRef == 'Z' {
			s = internBytes(b[2 : 2+n])
		} else {
			s = r.slab.asciiStr(b[2 : 2+n]) // imports13_marshal_slab.go
		}
		if code&marshalFlagRef != 0 {
			r.refs = append(r.refs, ValueOf(s))
		}
		r.pos += 2 + n
		return s
	}
	return nil
}

// constFast reads, without object's general dispatch, the constants a
// code object most often holds: None, True, False, an int32 not numbered
// for reference, a reference to an object read before, and the strs
// nameFast reads. It reports false, having read nothing, for anything
// else (the caller then reads the object as usual).
func (r *marshalReader) constFast() (Value, bool) {
	b := r.b[r.pos:]
	if len(b) == 0 || r.depth >= marshalMaxDepth {
		return Value{}, false
	}
	switch b[0] {
	case 'N':
		r.pos++
		return None, true
	case 'T':
		r.pos++
		return True, true
	case 'F':
		r.pos++
		return False, true
	case 'i':
		if len(b) < 5 {
			return Value{}, false
		}
		r.pos += 5
		return Int(int64(int32(binary.LittleEndian.Uint32(b[1:])))), true
	case 'r', 'r' | marshalFlagRef:
		if len(b) < 5 {
			return Value{}, false
		}
		n := int32(binary.LittleEndian.Uint32(b[1:]))
		if n < 0 || int(n) >= len(r.refs) || r.refs[n].IsNull() {
			return Value{}, false
		}
		r.pos += 5
		return r.refs[n], true
	case 'z', 'Z', 'z' | marshalFlagRef, 'Z' | marshalFlagRef:
		if s := r.nameFast(); s != nil {
			return ValueOf(s), true
		}
	}
	return Value{}, false
}
