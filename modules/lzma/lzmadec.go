// This file defines the LZMA decoder (the codec inside .lzma files and
// LZMA2 chunks): a window of past output, the probability model and the
// state machine, decoding one symbol (literal, match or repeated match) at a
// time so it can stop wherever its input or output room ends.
package lzma

import "errors"

var (
	errCorrupt  = errors.New("Corrupt input data")
	errShort    = errors.New("need input")
	errDataLeft = errors.New("data after end") // input continues where it must end
)

const (
	numStates      = 12
	posStatesMax   = 1 << 4
	lenLowSymbols  = 8
	lenMidSymbols  = 8
	lenHighSymbols = 256
	endPosModel    = 14
	fullDistances  = 1 << (endPosModel >> 1)
	alignBits      = 4
	matchMinLen    = 2
	matchMaxLen    = 273
)

// props are the literal and position parameters of an LZMA stream.
type props struct{ lc, lp, pb uint }

// lenProbs is the probability model of a length coder.
type lenProbs struct {
	choice, choice2 prob
	low             [posStatesMax][1 << 3]prob
	mid             [posStatesMax][1 << 3]prob
	high            [lenHighSymbols]prob
}

func (l *lenProbs) reset() {
	l.choice, l.choice2 = probInit, probInit
	for i := range l.low {
		for j := range l.low[i] {
			l.low[i][j], l.mid[i][j] = probInit, probInit
		}
	}
	for i := range l.high {
		l.high[i] = probInit
	}
}

// model is the probability model and state machine shared by the decoder
// and the encoder.
type model struct {
	props
	literal    []prob
	isMatch    [numStates][posStatesMax]prob
	isRep      [numStates]prob
	isRepG0    [numStates]prob
	isRepG1    [numStates]prob
	isRepG2    [numStates]prob
	isRep0Long [numStates][posStatesMax]prob
	posSlot    [4][1 << 6]prob
	posSpecial [fullDistances - endPosModel]prob
	align      [1 << alignBits]prob
	lenCoder   lenProbs
	repLen     lenProbs
	state      uint32
	reps       [4]uint32
}

// reset restarts the model with parameters p.
func (m *model) reset(p props) {
	m.props = p
	n := 0x300 << (p.lc + p.lp)
	if cap(m.literal) >= n {
		m.literal = m.literal[:n]
	} else {
		m.literal = make([]prob, n)
	}
	for i := range m.literal {
		m.literal[i] = probInit
	}
	for i := range m.isMatch {
		for j := range m.isMatch[i] {
			m.isMatch[i][j], m.isRep0Long[i][j] = probInit, probInit
		}
		m.isRep[i], m.isRepG0[i], m.isRepG1[i], m.isRepG2[i] = probInit, probInit, probInit, probInit
	}
	for i := range m.posSlot {
		for j := range m.posSlot[i] {
			m.posSlot[i][j] = probInit
		}
	}
	for i := range m.posSpecial {
		m.posSpecial[i] = probInit
	}
	for i := range m.align {
		m.align[i] = probInit
	}
	m.lenCoder.reset()
	m.repLen.reset()
	m.state = 0
	m.reps = [4]uint32{}
}

func (m *model) literalProbs(pos uint64, prev byte) []prob {
	ctx := (uint32(pos)&(1<<m.lp-1))<<m.lc + uint32(prev)>>(8-m.lc)
	return m.literal[0x300*ctx : 0x300*ctx+0x300]
}

func stateLiteral(s uint32) uint32 {
	switch {
	case s < 4:
		return 0
	case s < 10:
		return s - 3
	}
	return s - 6
}

func stateMatch(s uint32) uint32 { return map7(s, 7, 10) }
func stateRep(s uint32) uint32   { return map7(s, 8, 11) }
func stateShort(s uint32) uint32 { return map7(s, 9, 11) }

func map7(s, a, b uint32) uint32 {
	if s < 7 {
		return a
	}
	return b
}

// window is the decoder's dictionary: the last size bytes of output.
type window struct {
	buf   []byte
	pos   int    // next write index in buf
	full  bool   // buf has wrapped
	total uint64 // bytes ever written
	size  int
	// out collects the bytes written since the caller last took them.
	out []byte
}

func (w *window) init(size int) {
	if size < 4096 {
		size = 4096
	}
	w.size = size
	w.buf = w.buf[:0]
	w.pos, w.full, w.total = 0, false, 0
}

// reset forgets the history (an LZMA2 dictionary reset).
func (w *window) reset() { w.pos, w.full, w.total, w.buf = 0, false, 0, w.buf[:0] }

func (w *window) put(b byte) {
	if len(w.buf) < w.size {
		w.buf = append(w.buf, b)
	} else {
		w.buf[w.pos] = b
	}
	w.pos++
	if w.pos == w.size {
		w.pos, w.full = 0, true
	}
	w.total++
	w.out = append(w.out, b)
}

// back returns the byte dist+1 bytes back (dist 0 is the last byte).
func (w *window) back(dist uint32) byte {
	i := w.pos - 1 - int(dist)
	if i < 0 {
		i += w.size
	}
	return w.buf[i]
}

// has reports whether a distance is within the history.
func (w *window) has(dist uint32) bool {
	return uint64(dist) < w.total && int(dist) < w.size
}

// decoder decodes LZMA symbols into a window.
type decoder struct {
	model
	rc  rangeDecoder
	win window
	// pendingLen is what is left of a match cut short by the output limit.
	pendingLen int
	eos        bool
}

func (d *decoder) lenDecode(l *lenProbs, posState uint32) uint32 {
	if d.rc.bit(&l.choice) == 0 {
		return d.rc.tree(l.low[posState][:], 3)
	}
	if d.rc.bit(&l.choice2) == 0 {
		return lenLowSymbols + d.rc.tree(l.mid[posState][:], 3)
	}
	return lenLowSymbols + lenMidSymbols + d.rc.tree(l.high[:], 8)
}

func (d *decoder) distDecode(l uint32) uint32 {
	lenState := min(l, 3)
	slot := d.rc.tree(d.posSlot[lenState][:], 6)
	if slot < 4 {
		return slot
	}
	footer := uint(slot>>1) - 1
	dist := (2 | slot&1) << footer
	if slot < endPosModel {
		return dist + d.rc.reverseTree(d.posSpecial[:], int(dist-slot)-1, footer)
	}
	dist += d.rc.direct(footer-alignBits) << alignBits
	return dist + d.rc.reverseTree(d.align[:], 0, alignBits)
}

// symbol is one decoded LZMA symbol, applied after it was read whole.
type symbol struct {
	kind  uint8 // 0 literal, 1 match, 2 rep, 3 short rep, 4 end marker
	b     byte
	rep   int // which rep distance (kind 2)
	dist  uint32
	len   uint32
	state uint32
}

func (d *decoder) readSymbol() symbol {
	posState := uint32(d.win.total) & (1<<d.pb - 1)
	s := d.state
	if d.rc.bit(&d.isMatch[s][posState]) == 0 {
		var prev byte
		if d.win.total > 0 {
			prev = d.win.back(0)
		}
		probs := d.literalProbs(d.win.total, prev)
		sym := uint32(1)
		if s >= 7 && d.win.has(d.reps[0]) {
			match := uint32(d.win.back(d.reps[0]))
			for sym < 0x100 {
				mb := match >> 7 & 1
				match <<= 1
				b := d.rc.bit(&probs[0x100+mb<<8+sym])
				sym = sym<<1 | b
				if b != mb {
					break
				}
			}
		}
		for sym < 0x100 {
			sym = sym<<1 | d.rc.bit(&probs[sym])
		}
		return symbol{kind: 0, b: byte(sym), state: stateLiteral(s)}
	}
	if d.rc.bit(&d.isRep[s]) == 0 {
		l := d.lenDecode(&d.lenCoder, posState) + matchMinLen
		dist := d.distDecode(l - matchMinLen)
		if dist == 0xFFFFFFFF {
			return symbol{kind: 4}
		}
		return symbol{kind: 1, dist: dist, len: l, state: stateMatch(s)}
	}
	if d.rc.bit(&d.isRepG0[s]) == 0 {
		if d.rc.bit(&d.isRep0Long[s][posState]) == 0 {
			return symbol{kind: 3, state: stateShort(s)}
		}
		return symbol{kind: 2, rep: 0, len: d.lenDecode(&d.repLen, posState) + matchMinLen, state: stateRep(s)}
	}
	rep := 1
	if d.rc.bit(&d.isRepG1[s]) != 0 {
		rep = 2
		if d.rc.bit(&d.isRepG2[s]) != 0 {
			rep = 3
		}
	}
	return symbol{kind: 2, rep: rep, len: d.lenDecode(&d.repLen, posState) + matchMinLen, state: stateRep(s)}
}

// apply performs a symbol on the window.
func (d *decoder) apply(sym symbol) error {
	switch sym.kind {
	case 0:
		d.win.put(sym.b)
		d.state = sym.state
		return nil
	case 4:
		d.eos = true
		return nil
	case 1:
		d.reps[3], d.reps[2], d.reps[1], d.reps[0] = d.reps[2], d.reps[1], d.reps[0], sym.dist
	case 2:
		r := d.reps[sym.rep]
		copy(d.reps[1:sym.rep+1], d.reps[:sym.rep])
		d.reps[0] = r
	case 3:
		sym.len = 1
	}
	d.state = sym.state
	if !d.win.has(d.reps[0]) {
		return errCorrupt
	}
	d.pendingLen = int(sym.len)
	return nil
}

// copyPending copies the current match until the window's total output
// reaches limit. Until the window first wraps, it copies in slices of at
// most the distance (so source and destination never overlap).
func (d *decoder) copyPending(limit uint64) {
	w := &d.win
	dist := int(d.reps[0]) + 1
	for d.pendingLen > 0 && w.total < limit {
		n := min(d.pendingLen, int(min(limit-w.total, 1<<30)), w.size-len(w.buf))
		if w.full || n == 0 {
			w.put(w.back(d.reps[0]))
			d.pendingLen--
			continue
		}
		src := len(w.buf) - dist
		for k := n; k > 0; {
			c := min(k, dist)
			w.buf = append(w.buf, w.buf[src:src+c]...)
			src += c
			k -= c
		}
		w.out = append(w.out, w.buf[len(w.buf)-n:]...)
		w.pos += n
		w.total += uint64(n)
		d.pendingLen -= n
		if w.pos == w.size {
			w.pos, w.full = 0, true
		}
	}
}

// decode decodes from in until the input is exhausted (final says no more
// will come), the window's total output reaches limit, or the end marker.
// It returns the input bytes consumed.
func (d *decoder) decode(in []byte, final bool, limit uint64) (int, error) {
	d.rc.in, d.rc.pos = in, 0
	for {
		d.copyPending(limit)
		if d.pendingLen > 0 || d.win.total >= limit || d.eos {
			return d.rc.pos, nil
		}
		left := len(in) - d.rc.pos
		start, rng, code := d.rc.pos, d.rc.rng, d.rc.code
		d.rc.logging = left < maxSymbol && !final
		d.rc.undo = d.rc.undo[:0]
		d.rc.short = false
		sym := d.readSymbol()
		if sym.kind == 4 {
			d.rc.normalize()
		}
		if d.rc.short {
			if final {
				return d.rc.pos, errCorrupt
			}
			for i := len(d.rc.undo) - 1; i >= 0; i-- {
				*d.rc.undo[i].p = d.rc.undo[i].old
			}
			d.rc.pos, d.rc.rng, d.rc.code = start, rng, code
			return start, errShort
		}
		if err := d.apply(sym); err != nil {
			return d.rc.pos, err
		}
	}
}
