// This file defines the ISO-2022 codecs (iso2022_jp and its variants,
// iso2022_kr): escape sequences designate character sets into G0, G1 (KR,
// selected by SO/SI) and G2 (jp_2, used through single shift ESC N). Each
// set's codes and the encoder's choice of set per code point come from
// tables generated from python3.11 (gen/gen_iso2022.py). The state int is
// laid out as CPython's: bytes G0, G1, G2 marks, then flags in byte 4.
package cjkcodecs

import (
	"encoding/binary"
	"sort"
	"sync"
)

const (
	esc       = 0x1b
	so        = 0x0e
	si        = 0x0f
	markASCII = 'B'
	flagShift = 1
	// flagEscThrough follows an ESC that starts no ISO-2022 sequence:
	// bytes then pass through as Latin-1 up to a final byte (A-Z, @).
	flagEscThrough = 2
)

type isoSet struct {
	mark  byte
	slot  int
	width int
	dec   []int32 // by isoIndex; noEntry where the table has none
}

// isoIndex maps a one- or two-byte code of bytes 0x20-0x7f to a dense index.
func isoIndex(code uint16) int {
	hi, lo := int(code>>8), int(code&0xff)
	if lo < 0x20 || lo > 0x7f || hi != 0 && (hi < 0x20 || hi > 0x7f) {
		return -1
	}
	if hi == 0 {
		return lo - 0x20
	}
	return 96 + (hi-0x20)*96 + lo - 0x20
}

const (
	isoIndexSize = 96 + 96*96
	noEntry      = -1 << 31
)

type isoEnc struct {
	mark byte
	code uint16
}

// isoEncEntry is a code point's encoding, in a slice sorted by code point.
type isoEncEntry struct {
	cp rune
	isoEnc
}

type isoTable struct {
	sets  map[[2]byte]*isoSet // by slot and mark
	pairs [][2]rune
	enc   []isoEncEntry
	useG2 bool
	// JIS X 0213's combining pairs that encode as one code.
	encPairs map[[2]rune]isoEnc
	pairHead map[rune]bool
}

var (
	isoMu     sync.Mutex
	isoTables = map[string]*isoTable{}
)

func loadISOTable(name string) *isoTable {
	isoMu.Lock()
	defer isoMu.Unlock()
	if t := isoTables[name]; t != nil {
		return t
	}
	r := &tableReader{b: readTableFile(name)}
	t := &isoTable{sets: map[[2]byte]*isoSet{}, encPairs: map[[2]rune]isoEnc{}, pairHead: map[rune]bool{}}
	for n := r.u32(); n > 0; n-- {
		s := &isoSet{mark: r.b[r.i], slot: int(r.b[r.i+1]), width: int(r.b[r.i+2]), dec: make([]int32, isoIndexSize)}
		for i := range s.dec {
			s.dec[i] = noEntry
		}
		r.i += 3
		var code uint64
		var val int64
		for m := r.u32(); m > 0; m-- {
			code += r.uvarint()
			val += r.svarint()
			if i := isoIndex(uint16(code)); i >= 0 && i < isoIndexSize {
				s.dec[i] = int32(val)
			}
		}
		t.sets[[2]byte{byte(s.slot), s.mark}] = s
		if s.slot == 2 {
			t.useG2 = true
		}
	}
	for n := r.u32(); n > 0; n-- {
		t.pairs = append(t.pairs, [2]rune{rune(r.u32()), rune(r.u32())})
	}
	var cp uint64
	var code int64
	for n := r.u32(); n > 0; n-- {
		cp += r.uvarint()
		mark := r.b[r.i]
		r.i++
		code += r.svarint()
		t.enc = append(t.enc, isoEncEntry{rune(cp), isoEnc{mark: mark, code: uint16(code)}})
	}
	for n := r.u32(); n > 0; n-- {
		p := [2]rune{rune(r.u32()), rune(r.u32())}
		t.encPairs[p] = isoEnc{mark: r.b[r.i], code: binary.LittleEndian.Uint16(r.b[r.i+1:])}
		r.i += 3
		t.pairHead[p[0]] = true
	}
	isoTables[name] = t
	return t
}

// lookupEnc returns how the encoder writes r.
func (t *isoTable) lookupEnc(r rune) (isoEnc, bool) {
	i := sort.Search(len(t.enc), func(i int) bool { return t.enc[i].cp >= r })
	if i < len(t.enc) && t.enc[i].cp == r {
		return t.enc[i].isoEnc, true
	}
	return isoEnc{}, false
}

type iso2022Codec struct {
	name string
	kr   bool
	t    *isoTable
}

func (c *iso2022Codec) tab() *isoTable {
	if c.t == nil {
		c.t = loadISOTable(c.name)
	}
	return c.t
}

func getG(st int, slot int) byte { return byte(st >> (8 * uint(slot))) }

func setG(st *int, slot int, mark byte) {
	*st = *st&^(0xff<<(8*uint(slot))) | int(mark)<<(8*uint(slot))
}

func flags(st int) byte { return byte(st >> 32) }

func setFlags(st *int, f byte) { *st = *st&^(0xff<<32) | int(f)<<32 }

func (c *iso2022Codec) initEnc() int { return markASCII | markASCII<<8 }

func (c *iso2022Codec) initDec() int { return markASCII | markASCII<<8 | markASCII<<16 }

// lookupCode decodes code in set s.
func (c *iso2022Codec) lookupCode(s *isoSet, code uint16, n int, out []rune) ([]rune, int, int) {
	i := isoIndex(code)
	if i < 0 || i >= isoIndexSize || s.dec[i] == noEntry {
		return out, 0, n
	}
	v := s.dec[i]
	switch {
	case v < 0:
		return out, 0, int(-v)
	case v >= valPair:
		p := c.tab().pairs[v-valPair]
		return append(out, p[0], p[1]), n, 0
	}
	return append(out, rune(v)), n, 0
}

func (c *iso2022Codec) decode(st *int, in []byte, out []rune) ([]rune, int, int) {
	t := c.tab()
	b := in[0]
	if flags(*st)&flagEscThrough != 0 {
		if b >= 'A' && b <= 'Z' || b == '@' {
			setFlags(st, flags(*st)&^flagEscThrough)
		}
		return append(out, rune(b)), 1, 0
	}
	switch {
	case b == esc:
		if len(in) < 2 {
			return out, 0, 0
		}
		switch in[1] {
		case '(', ')', '$', '.', '&':
			return c.escape(st, in, out)
		case 'N':
			if t.useG2 {
				return c.single2(st, in, out)
			}
		}
		setFlags(st, flags(*st)|flagEscThrough)
		return append(out, esc), 1, 0
	case c.kr && b == so:
		setFlags(st, flags(*st)|flagShift)
		return out, 1, 0
	case c.kr && b == si:
		setFlags(st, flags(*st)&^flagShift)
		return out, 1, 0
	case b == '\n' && c.kr:
		setFlags(st, flags(*st)&^flagShift)
		return append(out, '\n'), 1, 0
	case b >= 0x80:
		return out, 0, 1
	case b < 0x20:
		return append(out, rune(b)), 1, 0
	}
	slot := 0
	if c.kr && flags(*st)&flagShift != 0 {
		slot = 1
	}
	mark := getG(*st, slot)
	if mark == markASCII {
		return append(out, rune(b)), 1, 0
	}
	s := c.setByMark(mark)
	if s == nil {
		return out, 0, 1
	}
	if s.width == 1 {
		if b == 0x20 {
			return append(out, ' '), 1, 0
		}
		return c.lookupCode(s, uint16(b), 1, out)
	}
	if len(in) < 2 {
		return out, 0, 0
	}
	return c.lookupCode(s, uint16(b)<<8|uint16(in[1]), 2, out)
}

// escape processes a designation escape sequence.
func (c *iso2022Codec) escape(st *int, in []byte, out []rune) ([]rune, int, int) {
	n := 0
	for i := 1; i < 16; i++ {
		if i >= len(in) {
			return out, 0, 0
		}
		if f := in[i]; f >= 'A' && f <= 'Z' || f == '@' {
			n = i + 1
			break
		}
		if !c.kr && in[i] == '&' && i+1 < len(in) && in[i+1] == '@' {
			i += 2 // JIS X 0208-1990: ESC & @ ESC $ B
		}
	}
	if n == 0 {
		return out, 0, 1
	}
	final := in[n-1]
	slot, mark := -1, byte(0)
	switch {
	case n == 3 && in[1] == '(':
		slot, mark = 0, final
	case n == 3 && in[1] == ')':
		slot, mark = 1, final
	case n == 3 && in[1] == '$':
		slot, mark = 0, final|0x80
	case n == 3 && in[1] == '.':
		slot, mark = 2, final
	case n == 4 && in[1] == '$' && in[2] == '(':
		slot, mark = 0, final|0x80
	case n == 4 && in[1] == '$' && in[2] == ')':
		slot, mark = 1, final|0x80
	case n == 6 && string(in[1:6]) == "&@\x1b$B":
		slot, mark = 0, 'B'|0x80
	}
	if slot < 0 {
		return out, 0, n
	}
	if !(mark == markASCII && slot != 2) && c.setByMark(mark) == nil {
		return out, 0, n
	}
	setG(st, slot, mark)
	return out, n, 0
}

// setByMark returns the character set mark names, designated in any
// slot: CPython lets a codec designate any of its sets into G0 or G1.
func (c *iso2022Codec) setByMark(mark byte) *isoSet {
	t := c.tab()
	for slot := byte(0); slot < 3; slot++ {
		if s := t.sets[[2]byte{slot, mark}]; s != nil {
			return s
		}
	}
	return nil
}

// single2 decodes ESC N and a byte of the G2 set.
func (c *iso2022Codec) single2(st *int, in []byte, out []rune) ([]rune, int, int) {
	if len(in) < 3 {
		return out, 0, 0
	}
	b := in[2]
	mark := getG(*st, 2)
	if b >= 0x80 {
		return out, 0, 3
	}
	if mark == markASCII {
		return append(out, rune(b)), 3, 0
	}
	s := c.setByMark(mark)
	if s == nil {
		return out, 0, 3
	}
	o, n, e := c.lookupCode(s, uint16(b), 3, out)
	if n == 0 && e != 0 {
		e = 3
	}
	return o, n, e
}

func (c *iso2022Codec) encode(st *int, in []rune, final bool, out []byte) ([]byte, int, int) {
	t := c.tab()
	r := in[0]
	consumed := 1
	e, ok := t.lookupEnc(r)
	if t.pairHead[r] {
		if len(in) == 1 && !final {
			return out, 0, 0
		}
		if len(in) > 1 {
			if pe, found := t.encPairs[[2]rune{r, in[1]}]; found {
				e, ok, consumed = pe, true, 2
			}
		}
	}
	if !ok {
		return out, 0, 1
	}
	if c.kr {
		if e.mark == markASCII {
			if flags(*st)&flagShift != 0 {
				out = append(out, si)
				setFlags(st, flags(*st)&^flagShift)
			}
			return append(out, byte(e.code)), 1, 0
		}
		if getG(*st, 1) != e.mark {
			out = append(out, esc, '$', ')', e.mark&0x7f)
			setG(st, 1, e.mark)
		}
		if flags(*st)&flagShift == 0 {
			out = append(out, so)
			setFlags(st, flags(*st)|flagShift)
		}
		return append(out, byte(e.code>>8), byte(e.code)), 1, 0
	}
	if s := t.sets[[2]byte{2, e.mark}]; s != nil && e.mark != markASCII {
		if getG(*st, 2) != e.mark {
			out = append(out, esc, '.', e.mark)
			setG(st, 2, e.mark)
		}
		return append(out, esc, 'N', byte(e.code)), 1, 0
	}
	if getG(*st, 0) != e.mark {
		out = appendDesignation(out, e.mark)
		setG(st, 0, e.mark)
	}
	if e.mark&0x80 != 0 {
		return append(out, byte(e.code>>8), byte(e.code)), consumed, 0
	}
	return append(out, byte(e.code)), consumed, 0
}

// appendDesignation writes the escape that designates mark into G0: the
// short ESC $ F form for JIS X 0208's '@' and 'B', ESC $ ( F for the other
// two-byte sets.
func appendDesignation(out []byte, mark byte) []byte {
	f := mark & 0x7f
	switch {
	case mark&0x80 == 0:
		return append(out, esc, '(', f)
	case f == '@' || f == 'B':
		return append(out, esc, '$', f)
	}
	return append(out, esc, '$', '(', f)
}

func (c *iso2022Codec) reset(st *int, out []byte) []byte {
	if c.kr {
		if flags(*st)&flagShift != 0 {
			out = append(out, si)
			setFlags(st, flags(*st)&^flagShift)
		}
		return out
	}
	if getG(*st, 0) != markASCII {
		out = append(out, esc, '(', 'B')
		setG(st, 0, markASCII)
	}
	return out
}
