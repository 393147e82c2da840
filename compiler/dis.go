// This file defines Disassemble, a readable listing of a code object and
// the code objects nested in its constants, for tests and `-X dis`.

package compiler

import (
	"fmt"
	"strconv"
	"strings"
)

// Disassemble lists the instructions of c and of its nested code objects.
func (c *Code) Disassemble() string {
	var b strings.Builder
	c.disassemble(&b)
	return b.String()
}

func (c *Code) disassemble(b *strings.Builder) {
	fmt.Fprintf(b, "code %s (%s) regs=%d args=%d posonly=%d kwonly=%d flags=%#x\n", c.QualName,
		c.Name, c.NumRegs, c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, uint32(c.Flags))
	if len(c.Varnames) > 0 {
		fmt.Fprintf(b, "  varnames: %s\n", strings.Join(c.Varnames, ", "))
	}
	if len(c.Cellvars) > 0 {
		fmt.Fprintf(b, "  cellvars: %s\n", strings.Join(c.Cellvars, ", "))
	}
	if len(c.Freevars) > 0 {
		fmt.Fprintf(b, "  freevars: %s\n", strings.Join(c.Freevars, ", "))
	}
	pos := c.Positions()
	line := int32(-2)
	for pc := 0; pc < len(c.Instrs); {
		in := Decode(c.Instrs, pc)
		at := pc + in.Len - 1
		l := ""
		if p := pos[at]; p.Line != line {
			line = p.Line
			l = strconv.Itoa(int(line))
		}
		p := pos[at]
		fmt.Fprintf(b, "%4s %4d %-50s @%d:%d-%d:%d\n", l, pc, c.formatInstr(in, c.Instrs, at), p.Line, p.Col, p.EndLine, p.EndCol)
		pc += in.Len
		if int(in.Op) < len(OpTable) && OpTable[in.Op].Branch() {
			pc++
		}
	}
	for _, e := range c.ExcTable {
		fmt.Fprintf(b, "  except %d-%d -> %d reg=%s lasti=%v\n", e.Start, e.End, e.Handler, c.regName(int(e.Reg)), e.Lasti)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			b.WriteString("\n")
			sub.disassemble(b)
		}
	}
}

func (c *Code) formatInstr(in Instr, code []uint32, at int) string {
	if int(in.Op) >= len(OpTable) {
		return fmt.Sprintf("<bad opcode %d>", in.Op)
	}
	info := &OpTable[in.Op]
	var parts []string
	vals := [3]uint32{in.A, in.B, in.C}
	for i, ch := range info.Operands() {
		v := vals[i]
		switch ch {
		case 'r':
			parts = append(parts, c.regName(int(v)))
		case 'k', 'K':
			s := "?"
			if int(v) < len(c.Consts) {
				s = ConstRepr(c.Consts[v])
			}
			parts = append(parts, s)
		case 'n', 'N':
			s := "?"
			if int(v) < len(c.Names) {
				s = c.Names[v]
			}
			parts = append(parts, s)
		case 'j', 'J':
			parts = append(parts, fmt.Sprintf("->%d", v))
		case 'd':
			if v != 0 {
				parts = append(parts, "delegate="+c.regName(int(v)-1))
			}
		case 'i':
			parts = append(parts, strconv.Itoa(int(v)))
		}
	}
	if info.Branch() && at+1 < len(code) {
		parts = append(parts, fmt.Sprintf("->%d", code[at+1]>>16))
	}
	return fmt.Sprintf("%-18s %s", info.Name, strings.Join(parts, " "))
}

func (c *Code) regName(r int) string {
	switch {
	case r < len(c.Varnames):
		return c.Varnames[r]
	case r < len(c.Varnames)+len(c.Cellvars)+len(c.Freevars):
		return "cell:" + c.CellName(r)
	}
	return fmt.Sprintf("r%d", r-len(c.Varnames)-len(c.Cellvars)-len(c.Freevars))
}

// ConstRepr formats a constant roughly as Python's repr would.
func ConstRepr(v any) string {
	switch x := v.(type) {
	case Tuple:
		s := make([]string, len(x))
		for i, e := range x {
			s[i] = ConstRepr(e)
		}
		if len(x) == 1 {
			return "(" + s[0] + ",)"
		}
		return "(" + strings.Join(s, ", ") + ")"
	case FrozenSet:
		s := make([]string, len(x))
		for i, e := range x {
			s[i] = ConstRepr(e)
		}
		return "frozenset({" + strings.Join(s, ", ") + "})"
	case *Code:
		return "<code " + x.QualName + ">"
	}
	return pyRepr(v)
}
