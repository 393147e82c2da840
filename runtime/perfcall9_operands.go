// This file defines the interpreter loop's operand word: the instruction
// being executed, with its operands widened into fixed fields, so that each
// handler decodes only the operands it uses from one value.
//
// Decoding a, b, c and bx at the loop head (as the loop did before) makes
// five values live across the opcode switch; Go's register allocator then
// spills each of them in the block dominating every handler that uses one
// after a call, which is the loop head: five stack stores per instruction.
// One 64-bit word decoded inside the handlers leaves only the word itself
// live across the switch, and the handlers' decoded operands are spilled, if
// at all, inside the handlers.

package runtime

import op "krait/compiler"

// The operand word's layout: bits 0-7 the opcode, 8-31 a, 32-47 b, 48-63 c.
// A wide-format instruction's bx is b | c<<8: an unprefixed word's 16-bit bx
// is exactly its b and c bytes, and an EXT-prefixed one is split that way.
const (
	opwMaxA  = 1 << 24
	opwMaxBC = 1 << 16
	opwMaxBx = 1 << 24
)

// operandWord widens an instruction word without EXT prefixes.
func operandWord(w uint32) uint64 {
	return uint64(w&0xffff) | uint64(w&0xff0000)<<16 | uint64(w>>24)<<48
}

// withOp returns the operand word opw with its opcode replaced (an
// instruction quickened or deoptimized in place and dispatched again).
func withOp(opw uint64, o op.Opcode) uint64 {
	return opw&^0xff | uint64(o)
}

// wideOperandWord packs an EXT-prefixed instruction. Operands beyond the
// word's fields (a register past 2**24, a name index past 2**16, a constant
// or jump target past 2**24) report false.
func wideOperandWord(in op.Instr) (uint64, bool) {
	if in.A >= opwMaxA {
		return 0, false
	}
	opw := uint64(in.Op) | uint64(in.A)<<8
	if in.Op == opTrace {
		return opw, true // a traced word: its handler decodes the operands again
	}
	if int(in.Op) < len(op.OpTable) && op.OpTable[in.Op].Wide() {
		if in.B >= opwMaxBx {
			return 0, false
		}
		return opw | uint64(in.B&0xff)<<32 | uint64(in.B>>8)<<48, true
	}
	if in.B >= opwMaxBC || in.C >= opwMaxBC {
		return 0, false
	}
	return opw | uint64(in.B)<<32 | uint64(in.C)<<48, true
}

// extOperandWord decodes the EXT-prefixed instruction starting at start,
// whose opcode word is replaced by o (a traced word's original opcode),
// into an operand word; it returns the instruction's length in words.
//
//go:noinline
func extOperandWord(instrs []uint32, start int, o op.Opcode) (uint64, int, *Exception) {
	var buf [8]uint32
	n := copy(buf[:], instrs[start:])
	in := op.Decode(buf[:n], 0)
	if o != op.EXT {
		buf[in.Len-1] = buf[in.Len-1]&^0xff | uint32(o)
		in = op.Decode(buf[:n], 0)
	}
	opw, ok := wideOperandWord(in)
	if !ok {
		return 0, 0, NewSystemError("instruction operand too large (%s at %d)", op.OpTable[in.Op].Name, start)
	}
	return opw, in.Len, nil
}

// reOperand is the operand word of the instruction at start..pc-1 with
// opcode o: a handler that quickened, deoptimized or untraced its
// instruction dispatches it again with this, so that the handlers'
// operand word need not stay live across their calls (it would then be
// spilled at every dispatch). An EXT-prefixed instruction was decoded
// once already, so decoding it again cannot fail.
func reOperand(instrs []uint32, start, pc int, o op.Opcode) uint64 {
	if start == pc-1 {
		return withOp(operandWord(instrs[start]), o)
	}
	opw, _, _ := extOperandWord(instrs, start, o)
	return opw
}

// reg is the interpreter loop's view of f's registers (eval_arrays.go).
func (f *frame) reg() *regArray { return regArr(f.regs) }

// k is the interpreter loop's view of co's constants.
func (co *Code) k() *constArray { return constArr(co.consts) }

// ins is the interpreter loop's view of co's instructions (quickening may
// replace the slice, so it is read again at each use).
func (co *Code) ins() *instrArray { return instrArr(co.instrs) }
