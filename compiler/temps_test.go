// This file checks, on every code object of the library, that no
// instruction reads a temporary register that is not written on every path
// leading to it: the interpreter may then assume temporaries are set.

package compiler

import (
	"math/bits"
	"os"
	"strings"
	"testing"

	"krait/syntax"
)

// regUse returns the registers instruction in reads and writes (reads
// happen before writes).
func regUse(in Instr) (reads, writes []uint32) {
	a, b, c := in.A, in.B, in.C
	rng := func(from, n uint32) []uint32 {
		var out []uint32
		for i := uint32(0); i < n; i++ {
			out = append(out, from+i)
		}
		return out
	}
	switch in.Op {
	case CALL, CALL_KW:
		return rng(a, b+1), []uint32{a}
	case CALL_METHOD, CALL_METHOD_KW:
		return rng(a, b+2), []uint32{a}
	case CALL_EX:
		return rng(a, 2+min(b, 1)), []uint32{a}
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_SLICE:
		return rng(b, c), []uint32{a}
	case BUILD_MAP:
		return rng(b, 2*c), []uint32{a}
	case FORMAT_VALUE:
		return rng(b, 1+(c>>2&1)), []uint32{a}
	case MATCH_CLASS:
		return rng(b, 3), []uint32{a}
	case MAKE_FUNCTION:
		return rng(a, uint32(bits.OnesCount32(c))), []uint32{a}
	case IMPORT_NAME:
		return rng(a, 2), []uint32{a}
	case RERAISE:
		return rng(a, 1+min(b, 1)), nil
	case RAISE:
		return rng(a, min(c, 2))[:min(c, 1)], nil
	case LOAD_METHOD, BEFORE_WITH, BEFORE_ASYNC_WITH:
		return []uint32{b}, rng(a, 2)
	case CHECK_EG_MATCH:
		return []uint32{b, c}, rng(a, 2)
	case UNPACK_SEQUENCE:
		return []uint32{b}, rng(a, c)
	case UNPACK_EX:
		return []uint32{b}, rng(a, (c&0xff)+1+c>>8)
	case SEND:
		return []uint32{a, b}, []uint32{a}
	case CLEAR:
		return nil, nil
	case STORE_NAME, STORE_GLOBAL, RETURN, PRINT_EXPR, IMPORT_STAR, END_ASYNC_FOR, POP_EXCEPT,
		JUMP_IF_TRUE, JUMP_IF_FALSE, JUMP_IF_NONE, JUMP_IF_NOT_NONE, DELETE_ATTR, DEL_ITEM,
		LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, SET_ITEM,
		STORE_ATTR, STORE_DEREF, CHECK_FAST, DELETE_FAST, DELETE_DEREF:
		return operandRegs(in), nil
	}
	if in.Op >= IF_EQ && in.Op <= IF_NOT_IN_K {
		return operandRegs(in), nil
	}
	regs := operandRegs(in)
	if len(regs) > 0 && OpTable[in.Op].Operands()[0] == 'r' {
		return regs[1:], regs[:1]
	}
	return regs, nil
}

func operandRegs(in Instr) []uint32 {
	var out []uint32
	vals := [3]uint32{in.A, in.B, in.C}
	for i, ch := range OpTable[in.Op].Operands() {
		if ch == 'r' {
			out = append(out, vals[i])
		}
	}
	return out
}

// canRaise reports whether an instruction can raise (and so reach its
// exception handler).
func canRaise(op Opcode) bool {
	switch op {
	case NOP, MOVE, LOAD_CONST, LOAD_NONE, LOAD_TRUE, LOAD_FALSE, CLEAR, PUSH_EXC_INFO, POP_EXCEPT,
		JUMP, JUMP_BACK, BUILD_TUPLE, BUILD_LIST, BUILD_SLICE, MAKE_FUNCTION, LOAD_BUILD_CLASS,
		LOAD_ASSERTION_ERROR:
		return false
	}
	return true
}

// checkTemps reports reads of temporaries not written on all paths.
func checkTemps(t *testing.T, c *Code) {
	first := uint32(len(c.Varnames) + len(c.Cellvars) + len(c.Freevars))
	type node struct {
		in   Instr
		pc   int
		succ []int
	}
	var nodes []node
	at := map[int]int{}
	for pc := 0; pc < len(c.Instrs); {
		in := Decode(c.Instrs, pc)
		at[pc] = len(nodes)
		nodes = append(nodes, node{in: in, pc: pc})
		pc += in.Len
		if OpTable[in.Op].Branch() {
			pc++
		}
	}
	at[len(c.Instrs)] = len(nodes)
	for i := range nodes {
		n := &nodes[i]
		info := OpTable[n.in.Op]
		next := n.pc + n.in.Len
		if info.Branch() {
			n.succ = append(n.succ, at[int(c.Instrs[next]>>16)])
			next++
		}
		if strings.ContainsAny(info.Operands(), "jJ") {
			n.succ = append(n.succ, at[int(n.in.B)])
		}
		switch n.in.Op {
		case JUMP, JUMP_BACK, RETURN, RETURN_CONST, RAISE, RERAISE:
		default:
			if next < len(c.Instrs) {
				n.succ = append(n.succ, at[next])
			}
		}
	}
	nregs := c.NumRegs - int(first)
	if nregs <= 0 {
		return
	}
	full := func() []bool {
		s := make([]bool, nregs)
		for i := range s {
			s[i] = true
		}
		return s
	}
	in := make([][]bool, len(nodes))
	for i := range in {
		in[i] = full()
	}
	in[0] = make([]bool, nregs)
	meet := func(dst, src []bool) bool {
		ch := false
		for i := range dst {
			if dst[i] && !src[i] {
				dst[i] = false
				ch = true
			}
		}
		return ch
	}
	for changed := true; changed; {
		changed = false
		for i, n := range nodes {
			s := append([]bool(nil), in[i]...)
			_, w := regUse(n.in)
			if e, ok := c.HandlerAt(n.pc); ok && canRaise(n.in.Op) {
				h := append([]bool(nil), s...)
				for r := e.Reg; r <= e.Reg+1; r++ {
					if r >= first && int(r-first) < nregs {
						h[r-first] = true
					}
				}
				if meet(in[at[int(e.Handler)]], h) {
					changed = true
				}
			}
			for _, r := range w {
				if r >= first && int(r-first) < nregs {
					s[r-first] = true
				}
			}
			for _, j := range n.succ {
				if meet(in[j], s) {
					changed = true
				}
			}
		}
	}
	for i, n := range nodes {
		r, _ := regUse(n.in)
		for _, x := range r {
			if x >= first && int(x-first) < nregs && !in[i][x-first] {
				t.Errorf("%s: pc %d %s reads r%d before it is written\n%s", c.QualName, n.pc,
					OpTable[n.in.Op].Name, x-first, c.Disassemble())
				return
			}
		}
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			checkTemps(t, sub)
		}
	}
}

func TestTempsWrittenBeforeRead(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for i, f := range stdlibFiles(t) {
		if i%7 != 0 {
			continue
		}
		src, _ := os.ReadFile(f)
		res, err := syntax.Parse(src, f, syntax.ModeExec)
		if err != nil {
			continue
		}
		code, err := Compile(res.Tree, f, syntax.ModeExec, Options{})
		if err != nil {
			continue
		}
		checkTemps(t, code)
		if t.Failed() {
			t.Log(f)
			return
		}
	}
}
