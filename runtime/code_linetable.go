// This file defines co_linetable in CPython 3.11's location table format
// (Objects/locations.md: one entry per run of up to 8 code units, counting
// each Krait instruction word as a code unit), and its replacement through
// code.replace(co_linetable=...), which sets the positions tracebacks and
// f_lineno show.

package runtime

import "krait/compiler"

// code_linetable encodes the positions of co's instruction words, every
// entry in the long form (or "no location").
func code_linetable(v Value) (Value, *Exception) {
	co := ptrOf[Code](v)
	if cv := co.cpyView(); cv != nil { // reads a lazy body (lazy14_code.go)
		return NewBytes(cv.cpy.LineTable), nil
	}
	ps := co.c.Positions()
	var out []byte
	prev := int64(co.c.FirstLineNo)
	for i := 0; i < len(ps); {
		j := i + 1
		for j < len(ps) && j-i < 8 && ps[j] == ps[i] {
			j++
		}
		p := ps[i]
		if p.Line < 0 {
			out = append(out, 0x80|15<<3|byte(j-i-1))
		} else {
			out = append(out, 0x80|14<<3|byte(j-i-1))
			out = putSvarint6(out, int64(p.Line)-prev)
			out = putVarint6(out, uint64(max(p.EndLine-p.Line, 0)))
			out = putVarint6(out, uint64(p.Col+1))
			out = putVarint6(out, uint64(p.EndCol+1))
			prev = int64(p.Line)
		}
		i = j
	}
	return NewBytes(out), nil
}

func putVarint6(b []byte, v uint64) []byte {
	for v >= 64 {
		b = append(b, byte(v&63)|64)
		v >>= 6
	}
	return append(b, byte(v))
}

func putSvarint6(b []byte, v int64) []byte {
	if v < 0 {
		return putVarint6(b, uint64(-v)<<1|1)
	}
	return putVarint6(b, uint64(v)<<1)
}

// decodeLinetable turns a 3.11 location table into one position per code
// unit; ok is false for a malformed table.
func decodeLinetable(b []byte, firstLine int) (out []compiler.Position, ok bool) {
	line := int64(firstLine)
	i := 0
	varint := func() (uint64, bool) {
		var v uint64
		for s := 0; i < len(b); s += 6 {
			x := b[i]
			i++
			v |= uint64(x&63) << s
			if x&64 == 0 {
				return v, true
			}
		}
		return 0, false
	}
	svarint := func() (int64, bool) {
		u, ok := varint()
		if u&1 != 0 {
			return -int64(u >> 1), ok
		}
		return int64(u >> 1), ok
	}
	nextByte := func() (int32, bool) {
		if i >= len(b) {
			return 0, false
		}
		i++
		return int32(b[i-1]), true
	}
	for i < len(b) {
		head := b[i]
		i++
		if head&0x80 == 0 {
			return nil, false
		}
		code, n := int(head>>3&15), int(head&7)+1
		p := compiler.Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1}
		ok := true
		switch {
		case code == 15:
		case code == 14:
			var d int64
			var e, c, ec uint64
			d, ok = svarint()
			line += d
			e, _ = varint()
			c, _ = varint()
			ec, _ = varint()
			p = compiler.Position{Line: int32(line), EndLine: int32(line + int64(e)), Col: int32(c) - 1, EndCol: int32(ec) - 1}
		case code == 13:
			var d int64
			d, ok = svarint()
			line += d
			p = compiler.Position{Line: int32(line), EndLine: int32(line), Col: -1, EndCol: -1}
		case code >= 10:
			line += int64(code - 10)
			c, ok1 := nextByte()
			ec, ok2 := nextByte()
			ok = ok1 && ok2
			p = compiler.Position{Line: int32(line), EndLine: int32(line), Col: c, EndCol: ec}
		default:
			x, ok1 := nextByte()
			ok = ok1
			c := int32(code*8) + (x>>4)&7
			p = compiler.Position{Line: int32(line), EndLine: int32(line), Col: c, EndCol: c + x&15}
		}
		if !ok {
			return nil, false
		}
		for ; n > 0; n-- {
			out = append(out, p)
		}
	}
	return out, true
}

// replaceLinetable is code.replace(co_linetable=v).
func (nc *Code) replaceLinetable(v Value) *Exception {
	b, ok := v.TryBytes()
	if !ok {
		return NewTypeError("replace() argument 'co_linetable' must be bytes, not %s", v.Type().Name)
	}
	ps, ok := decodeLinetable(b, nc.c.FirstLineNo)
	if !ok {
		return NewValueError("code.replace(): malformed co_linetable")
	}
	if cv := nc.cpyView(); cv != nil {
		nc.replaceViewLinetable(cv, b, ps)
		return nil
	}
	for len(ps) < len(nc.instrs) {
		ps = append(ps, compiler.Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1})
	}
	nc.c.LineTable = compiler.EncodePositions(ps[:len(nc.instrs)], nc.c.FirstLineNo)
	return nil
}

// replaceViewLinetable installs the table b (decoded: ps) of a code object
// with a CPython view, where it counts CPython's code units (co_linetable
// reads the view's): the copy gets a view with that table, and each Krait
// instruction takes the position of the code unit it maps to.
func (nc *Code) replaceViewLinetable(cv *codeView, b []byte, ps []compiler.Position) {
	none := compiler.Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1}
	n := len(cv.cpy.Bytecode) / 2
	for len(ps) < n {
		ps = append(ps, none)
	}
	ps = ps[:n]
	kps := make([]compiler.Position, len(nc.instrs))
	for pc := range kps {
		kps[pc] = none
		if j := nc.cpyLasti(pc) / 2; j < n {
			kps[pc] = ps[j]
		}
	}
	cpy := *cv.cpy
	cpy.LineTable = append([]byte(nil), b...)
	nc.storeView(&codeView{cpy: &cpy, consts: cv.consts, names: cv.names, pos: ps})
	nc.c.LineTable = compiler.EncodePositions(kps, nc.c.FirstLineNo)
}

func init() {
	CodeType.getsets = append(CodeType.getsets, GetSetDef{Name: "co_linetable", Get: code_linetable})
}
