// This file defines Code, the compiled form of a module, class body,
// function, lambda or comprehension: plain data (instructions, constants as
// Go values, names, exception table, position table) that the runtime turns
// into a Python code object. docs/design/bytecode.md describes the format.

package compiler

import (
	"math"
)

// CodeFlags are the co_flags bits, with CPython 3.11's CO_* values.
type CodeFlags uint32

// The code flags. Future features (FutureFlags) use the same word.
const (
	CoOptimized          CodeFlags = 0x1
	CoNewLocals          CodeFlags = 0x2
	CoVarargs            CodeFlags = 0x4
	CoVarkeywords        CodeFlags = 0x8
	CoNested             CodeFlags = 0x10
	CoGenerator          CodeFlags = 0x20
	CoNoFree             CodeFlags = 0x40 // not set by CPython 3.11; kept for completeness
	CoCoroutine          CodeFlags = 0x80
	CoIterableCoroutine  CodeFlags = 0x100
	CoAsyncGenerator     CodeFlags = 0x200
	CoFutureAnnotations  CodeFlags = CodeFlags(FutureAnnotations)
	CoFutureBarryAsBDFL  CodeFlags = CodeFlags(FutureBarryAsBDFL)
	coFutureGeneratorStp CodeFlags = 0x800000 // generator_stop, mandatory: never set
)

// Tuple is a tuple constant: its items are constants.
type Tuple []any

// FrozenSet is a frozenset constant (from `x in {1, 2}`): its items are
// constants, in source order with duplicates removed by the runtime.
type FrozenSet []any

// ExcEntry is one row of the exception table: an exception raised by an
// instruction in [Start, End) is stored in R[Reg] (and, if Lasti, the index
// of the raising instruction as an int in R[Reg+1]), then execution
// continues at Handler. Rows do not overlap: each instruction has at most
// one handler, its innermost one.
type ExcEntry struct {
	Start, End, Handler uint32
	Reg                 uint32
	Lasti               bool
}

// Position is the source span of an instruction, as co_positions() reports
// it: 1-based lines, 0-based UTF-8 columns; -1 stands for None.
type Position struct {
	Line, EndLine, Col, EndCol int32
}

// Code is a compiled code object.
//
// Registers: the frame window has NumRegs registers. R[0:len(Varnames)] are
// the fast locals (arguments first, in CPython's co_varnames order), then
// one register per name of Cellvars and of Freevars, holding the cell
// objects, then the temporaries. The interpreter fills the cell registers
// when it sets up a frame: a new cell per Cellvars name (holding the argument
// of the same name, if any), then the closure's cells.
type Code struct {
	Instrs  []uint32 // op:8 a:8 b:8 c:8, or op:8 a:8 bx:16; see Decode
	NumRegs int
	Consts  []any // nil, bool, int64, *big.Int, float64, complex128, string, syntax.Bytes, syntax.Ellipsis, Tuple, FrozenSet, *Code
	Names   []string

	Varnames []string
	Cellvars []string
	Freevars []string

	ArgCount        int
	PosOnlyArgCount int
	KwOnlyArgCount  int
	Flags           CodeFlags

	Name        string
	QualName    string
	Filename    string
	FirstLineNo int

	ExcTable []ExcEntry
	// LineTable holds the positions of the instructions, compressed; read it
	// with Positions or PositionAt.
	LineTable []byte
	// CacheIndex[pc] is the first inline cache entry of instruction pc in the
	// side array of NumCaches entries (meaningful when OpTable says the
	// opcode has cache entries).
	CacheIndex []uint32
	NumCaches  int

	// Source is where the CPython view (compiler/cpyview) finds the source
	// again: nil for a file named by Filename. ScopeLine and ScopeCol are
	// the position of the node that opened the code's scope.
	Source              *Source
	ScopeLine, ScopeCol int32
}

// CellReg returns the register of the i-th name of Cellvars followed by
// Freevars.
func (c *Code) CellReg(i int) int { return len(c.Varnames) + i }

// CellName returns the name of the cell or free variable in register r.
func (c *Code) CellName(r int) string {
	i := r - len(c.Varnames)
	if i < len(c.Cellvars) {
		return c.Cellvars[i]
	}
	return c.Freevars[i-len(c.Cellvars)]
}

// Instr is one decoded instruction.
type Instr struct {
	Op      Opcode
	A, B, C uint32 // B holds bx for wide formats (C is then 0)
	Len     int    // words consumed, including EXT prefixes (not the JUMP word of a branch)
}

// Decode decodes the instruction at pc, folding in its EXT prefixes.
func Decode(code []uint32, pc int) Instr {
	var a, b, c uint32
	start := pc
	for code[pc]&0xff == uint32(EXT) {
		w := code[pc]
		a = a<<8 | (w>>8)&0xff
		b = b<<8 | (w>>16)&0xff
		c = c<<8 | w>>24
		pc++
	}
	w := code[pc]
	op := Opcode(w)
	in := Instr{Op: op, Len: pc - start + 1}
	in.A = a<<8 | (w>>8)&0xff
	if int(op) < len(OpTable) && OpTable[op].Wide() {
		// bx is extended by b|c<<8 of each prefix.
		var hi uint32
		for p := start; p < pc; p++ {
			hi = hi<<16 | (code[p]>>16)&0xffff
		}
		in.B = hi<<16 | w>>16
		return in
	}
	in.B = b<<8 | (w>>16)&0xff
	in.C = c<<8 | w>>24
	return in
}

// lineTable encoding: a sequence of runs, each of
// count (uvarint), line delta from the previous run's line (zigzag varint),
// end line - line (uvarint, +1 so that -1 lines fit), col+1, endcol+1
// (uvarints). The first run's line delta is from FirstLineNo.

func putUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func getUvarint(b []byte, i *int) uint64 {
	var v uint64
	var s uint
	for *i < len(b) {
		x := b[*i]
		*i++
		v |= uint64(x&0x7f) << s
		if x < 0x80 {
			break
		}
		s += 7
	}
	return v
}

func zig(v int64) uint64   { return uint64(v<<1) ^ uint64(v>>63) }
func unzig(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// EncodePositions compresses one position per instruction word into a
// LineTable (code.replace(co_linetable=...) in the runtime).
func EncodePositions(pos []Position, firstLine int) []byte { return encodePositions(pos, firstLine) }

// encodePositions compresses one position per instruction.
func encodePositions(pos []Position, firstLine int) []byte {
	var out []byte
	prev := int64(firstLine)
	for i := 0; i < len(pos); {
		j := i + 1
		for j < len(pos) && pos[j] == pos[i] {
			j++
		}
		p := pos[i]
		out = putUvarint(out, uint64(j-i))
		out = putUvarint(out, zig(int64(p.Line)-prev))
		out = putUvarint(out, zig(int64(p.EndLine)-int64(p.Line)))
		out = putUvarint(out, uint64(p.Col+1))
		out = putUvarint(out, uint64(p.EndCol+1))
		if p.Line >= 0 {
			prev = int64(p.Line)
		}
		i = j
	}
	return out
}

// Positions returns the position of every instruction word, as
// co_positions() does (EXT prefixes and the JUMP word of a branch share
// their instruction's position).
func (c *Code) Positions() []Position {
	out := make([]Position, 0, len(c.Instrs))
	c.eachRun(func(n int, p Position) bool {
		for ; n > 0; n-- {
			out = append(out, p)
		}
		return true
	})
	return out
}

// PositionAt returns the position of the instruction word at pc.
func (c *Code) PositionAt(pc int) Position {
	res := Position{-1, -1, -1, -1}
	c.eachRun(func(n int, p Position) bool {
		if pc < n {
			res = p
			return false
		}
		pc -= n
		return true
	})
	return res
}

// LineAt returns PositionAt(pc).Line, decoding only the line numbers: a
// traceback entry needs the line of one pc, often in a long module body.
func (c *Code) LineAt(pc int) int32 {
	b := c.LineTable
	prev := int64(c.FirstLineNo)
	for i := 0; i < len(b); {
		n := getUvarint(b, &i)
		line := prev + unzig(getUvarint(b, &i))
		skipUvarints(b, &i, 3) // end line, column, end column
		if line >= 0 {
			prev = line
		}
		if n > math.MaxInt32 {
			break
		}
		if pc < int(n) {
			return int32(line)
		}
		pc -= int(n)
	}
	return -1
}

// Lines returns the line of every instruction word (the Line of each of
// Positions()).
func (c *Code) Lines() []int32 {
	out := make([]int32, 0, len(c.Instrs))
	b := c.LineTable
	prev := int64(c.FirstLineNo)
	for i := 0; i < len(b); {
		n := getUvarint(b, &i)
		line := prev + unzig(getUvarint(b, &i))
		skipUvarints(b, &i, 3)
		if line >= 0 {
			prev = line
		}
		if n > math.MaxInt32 {
			break
		}
		for ; n > 0; n-- {
			out = append(out, int32(line))
		}
	}
	return out
}

// skipUvarints advances *i past k uvarints of b.
func skipUvarints(b []byte, i *int, k int) {
	for k > 0 && *i < len(b) {
		if b[*i] < 0x80 {
			k--
		}
		*i++
	}
}

func (c *Code) eachRun(f func(n int, p Position) bool) {
	b := c.LineTable
	prev := int64(c.FirstLineNo)
	for i := 0; i < len(b); {
		n := getUvarint(b, &i)
		line := prev + unzig(getUvarint(b, &i))
		end := line + unzig(getUvarint(b, &i))
		col := int64(getUvarint(b, &i)) - 1
		ecol := int64(getUvarint(b, &i)) - 1
		if line >= 0 {
			prev = line
			if NoDebugRanges {
				end, col, ecol = line, -1, -1
			}
		}
		if n > math.MaxInt32 || !f(int(n), Position{int32(line), int32(end), int32(col), int32(ecol)}) {
			return
		}
	}
}

// HandlerAt returns the exception table row covering pc, if any.
func (c *Code) HandlerAt(pc int) (ExcEntry, bool) {
	lo, hi := 0, len(c.ExcTable)
	for lo < hi {
		m := (lo + hi) / 2
		e := c.ExcTable[m]
		switch {
		case uint32(pc) < e.Start:
			hi = m
		case uint32(pc) >= e.End:
			lo = m + 1
		default:
			return e, true
		}
	}
	return ExcEntry{}, false
}
