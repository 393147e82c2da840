// This file lets a forwarding function reuse its *args tuple and **kwargs
// dict across calls. A wrapper such as
//
//	def forward(*args, **kwargs):
//	    return target(*args, **kwargs)
//
// builds a tuple and a dict on every call only to have them copied into
// target's parameters. When the code reads those two parameters nowhere
// but as the star operands of CALL_EX (lendableCode), nothing but the frame
// can hold them: the callee's binding copies them when it is a Python
// function bound through a plan, and every other kind of callee marks the
// frame as having given them away (frame.lend = nil). So when the frame
// ends without a frame object (no traceback, f_locals, locals(), tracing or
// sys._getframe saw it), the call plan takes the tuple and dict back and
// lends them to its next call instead of allocating (perf10a measured the
// two allocations and the collector work they cause as what limits
// bench/programs/kwargs.py).

package runtime

import (
	"strings"

	"krait/compiler"
)

// lendableCode reports whether the *args and **kwargs parameters of co
// are read only as the star operands of CALL_EX, and never written.
func lendableCode(co *Code) bool {
	c := co.c
	const special = compiler.CoGenerator | compiler.CoCoroutine | compiler.CoAsyncGenerator
	if c.Flags&(compiler.CoVarargs|compiler.CoVarkeywords) == 0 || c.Flags&special != 0 || len(c.Cellvars) > 0 {
		return false
	}
	rArgs, rKw := -1, -1
	r := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&compiler.CoVarargs != 0 {
		rArgs, r = r, r+1
	}
	if c.Flags&compiler.CoVarkeywords != 0 {
		rKw, r = r, r+1
	}
	last := r - 1
	ins := c.Instrs
	for pc := 0; pc < len(ins); {
		in := compiler.Decode(ins, pc)
		if int(in.Op) >= len(compiler.OpTable) {
			return false
		}
		if touchesReg(in, &compiler.OpTable[in.Op], last, rArgs, rKw) && !forwardMove(ins, pc, in, last, rArgs, rKw) {
			return false
		}
		pc += in.Len
	}
	return true
}

// touchesReg reports whether instruction in may read or write register
// rArgs or rKw (the highest parameter registers, last being the higher):
// an operand naming one, or a register range (an effect with "+" or "..")
// starting at or below last.
func touchesReg(in compiler.Instr, info *compiler.OpInfo, last, rArgs, rKw int) bool {
	ranged := strings.Contains(info.Effect, "+") || strings.Contains(info.Effect, "..")
	for i, ch := range info.Operands() {
		var v int
		switch {
		case ch >= 'A' && ch <= 'Z':
			v = int(in.B)
		case i == 0:
			v = int(in.A)
		case i == 1:
			v = int(in.B)
		default:
			v = int(in.C)
		}
		switch ch {
		case 'r', 'R':
		case 'd', 'D':
			if v == 0 {
				continue
			}
			v--
		default:
			continue
		}
		if v == rArgs || v == rKw || ranged && v <= last {
			return true
		}
	}
	return false
}

// forwardMove reports whether the instruction in at pc is `MOVE T, p` of
// parameter p (rArgs or rKw) into a temporary that the CALL_EX right after
// it (past at most one more such MOVE) takes as its *args (p is rArgs) or
// as the caller's own ** mapping (p is rKw, b == 2).
func forwardMove(ins []uint32, pc int, in compiler.Instr, last, rArgs, rKw int) bool {
	if in.Op != compiler.MOVE || int(in.A) <= last || (int(in.B) != rArgs && int(in.B) != rKw) {
		return false
	}
	t, p := int(in.A), int(in.B)
	for k, next := 0, pc+in.Len; k < 2 && next < len(ins); k++ {
		nx := compiler.Decode(ins, next)
		switch nx.Op {
		case compiler.CALL_EX:
			a := int(nx.A)
			if p == rArgs {
				return t == a+1
			}
			return t == a+2 && nx.B == 2
		case compiler.MOVE:
			if int(nx.A) == t || (int(nx.B) != rArgs && int(nx.B) != rKw) {
				return false
			}
		default:
			return false
		}
		next += nx.Len
	}
	return false
}

// lendArgs returns the *args tuple for pos from the plan's spare, or
// false when there is none of room enough.
func (p *callPlan) lendArgs(pos []Value) (Value, bool) {
	t := p.spareArgs
	if t == nil || cap(t.items) < len(pos) {
		return Value{}, false
	}
	p.spareArgs = nil
	t.items = t.items[:len(pos)]
	copy(t.items, pos)
	return ValueOf(t), true
}

// lendKwargs returns the plan's spare **kwargs dict (the template's keys,
// null values), or nil.
func (p *callPlan) lendKwargs() *Dict {
	d := p.spareKw
	p.spareKw = nil
	return d
}

// reclaim takes back the *args tuple and **kwargs dict of f, a frame of a
// lending plan ending now, unless a frame object (f_locals) may show them.
func (p *callPlan) reclaim(f *frame) {
	if f.obj != nil || f.code != p.code {
		return
	}
	if p.varargs >= 0 && p.spareArgs == nil {
		if t, ok := f.regs[p.varargs].TryTuple(); ok && t != emptyTuple && t.typ == TupleType {
			clear(t.items) // keeps nothing alive
			p.spareArgs = t
		}
	}
	if p.varkw >= 0 && p.spareKw == nil && p.kwTmpl != nil {
		if d, ok := f.regs[p.varkw].TryDict(); ok && d.typ == DictType {
			p.spareKw = resetKwargs(d, p.kwTmpl)
		}
	}
}

// resetKwargs makes d, a dict cloned from tmpl (cloneKwargs), a fresh
// clone again, or returns nil when its tables are no longer the clone's.
func resetKwargs(d, tmpl *Dict) *Dict {
	if d.general || len(d.indices) != len(tmpl.indices) || cap(d.entries) < len(tmpl.entries) {
		return nil
	}
	copy(d.indices, tmpl.indices)
	d.entries = append(d.entries[:0], tmpl.entries...)
	d.used, d.usable = tmpl.used, tmpl.usable
	d.keysChanged()
	return d
}
