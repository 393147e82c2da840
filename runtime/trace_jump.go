// This file defines the checks of a jump (assignment to f_lineno) that
// Krait's registers need beyond CPython's stack analysis: a target must
// start a statement (temporaries of a half-evaluated expression are not
// set) and must not enter a with block from outside (its __exit__
// register is not set). CPython reports both as incompatible stacks.

package runtime

import (
	"reflect"
	"sort"
	"strings"

	op "krait/compiler"
	"krait/internal/nopoll"
	"krait/syntax"
)

// stmtLinesCache maps a file name to the first lines of its statements
// (nil when the source cannot be read or parsed).
var stmtLinesCache = map[string]map[int]bool{}

// stmtLines returns the set of lines on which a statement of file starts.
func stmtLines(file string) map[int]bool {
	if m, ok := stmtLinesCache[file]; ok {
		return m
	}
	var src string
	if lines, ok := sourceCache[file]; ok && lines != nil {
		src = strings.Join(lines, "")
	} else if data, err := nopoll.ReadFile(file); err == nil {
		src = string(data)
	}
	var m map[int]bool
	if src != "" {
		if res, err := syntax.ParseString(src, file, syntax.ModeExec); err == nil {
			m = map[int]bool{}
			collectStmtLines(reflect.ValueOf(res.Tree), m)
		}
	}
	stmtLinesCache[file] = m
	return m
}

var stmtIface = reflect.TypeOf((*syntax.Stmt)(nil)).Elem()

// collectStmtLines walks an AST by reflection, adding each statement's line.
func collectStmtLines(v reflect.Value, m map[int]bool) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return
		}
		if v.Type().Implements(stmtIface) {
			if s, ok := v.Interface().(syntax.Stmt); ok {
				m[s.GetPos().Lineno] = true
				// An assignment starts by evaluating its value, with
				// nothing pending: the line where that evaluation
				// starts is a statement start too.
				switch a := s.(type) {
				case *syntax.Assign:
					m[firstEvalLine(a.Value)] = true
				case *syntax.AnnAssign:
					if a.Value != nil {
						m[firstEvalLine(a.Value)] = true
					}
				}
			}
		}
		collectStmtLines(v.Elem(), m)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				collectStmtLines(v.Field(i), m)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			collectStmtLines(v.Index(i), m)
		}
	}
}

// jumpStackError is the register-machine part of jumpBlockError.
func jumpStackError(co *Code, ct *codeTrace, from, target int) string {
	if m := stmtLines(co.c.Filename); m != nil && !m[int(ct.lines[target])] {
		return "incompatible stacks"
	}
	// async for: the body between GET_ANEXT and the JUMP_BACK to the loop.
	for j := range ct.ops {
		if !ct.marked[j] || ct.ops[j] != op.JUMP_BACK {
			continue
		}
		s := j
		for s > 0 && !ct.starts[s] {
			s--
		}
		_, t, _, _ := traceDecode(ct.instrs, s, j+1, op.JUMP_BACK)
		for g := t; g >= 0 && g < j; g++ {
			if ct.marked[g] && ct.ops[g] == op.GET_ANEXT {
				in := func(p int) bool { return p > g && p <= j }
				if in(target) && !in(from) {
					return "can't jump into the body of a for loop"
				}
				break
			}
		}
	}
	if !withsCompatible(withBlocksAt(co, ct, target), withBlocksAt(co, ct, from)) {
		return "incompatible stacks"
	}
	return ""
}

// withBlock is the body of a with statement: the code its __exit__
// handler protects, and the register holding that __exit__.
type withBlock struct {
	lo, hi  int // pcs [lo, hi)
	exitReg int
}

// withBlocksAt returns the with blocks around pc, outermost first. A
// block's protected range is split into several exception table entries
// around the with blocks nested in it; its extent spans them all.
func withBlocksAt(co *Code, ct *codeTrace, pc int) []withBlock {
	var out []withBlock
	seen := map[int]int{} // handler -> index in all
	var all []withBlock
	for _, e := range co.c.ExcTable {
		h := int(e.Handler)
		if i, ok := seen[h]; ok {
			all[i].lo, all[i].hi = min(all[i].lo, int(e.Start)), max(all[i].hi, int(e.End))
			continue
		}
		reg, ok := withExitReg(ct, h)
		if !ok {
			continue
		}
		seen[h] = len(all)
		all = append(all, withBlock{int(e.Start), int(e.End), reg})
	}
	for _, w := range all {
		if pc >= w.lo && pc < w.hi {
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].lo < out[j].lo })
	return out
}

// withExitReg reports whether the handler at h is a with statement's
// (PUSH_EXC_INFO, WITH_EXCEPT_START) and the register of its __exit__.
func withExitReg(ct *codeTrace, h int) (int, bool) {
	if h >= len(ct.ops) || !ct.marked[h] || ct.ops[h] != op.PUSH_EXC_INFO {
		return 0, false
	}
	next := h + 1
	for next < len(ct.ops) && !ct.marked[next] {
		next++
	}
	if next >= len(ct.ops) || ct.ops[next] != op.WITH_EXCEPT_START {
		return 0, false
	}
	s := next
	for s > h+1 && !ct.starts[s] {
		s--
	}
	_, b, _, _ := traceDecode(ct.instrs, s, next+1, op.WITH_EXCEPT_START)
	return b, true
}

// withsCompatible reports whether a jump from inside the with blocks from
// may land inside the blocks to: as CPython's stacks must agree, each
// block entered must sit where one being left sat, which in registers
// means it keeps its __exit__ in the same register (that __exit__ is then
// the one its end calls, as on CPython's stack). Leaving blocks is free.
func withsCompatible(to, from []withBlock) bool {
	if len(to) > len(from) {
		return false
	}
	for i, w := range to {
		if w != from[i] && w.exitReg != from[i].exitReg {
			return false
		}
	}
	return true
}

// traceJumpFixup leaves the except blocks a jump exits as their
// POP_EXCEPT would: the exception being handled goes back to the one the
// handler's PUSH_EXC_INFO saved (CPython pops it from the stack).
func traceJumpFixup(th *Thread, f *frame, ct *codeTrace, from, to int) {
	co := f.code
	for _, e := range co.c.ExcTable {
		h := int(e.Handler)
		if h >= len(ct.ops) || !ct.marked[h] || ct.ops[h] != op.PUSH_EXC_INFO {
			continue
		}
		end := h
		for _, e2 := range co.c.ExcTable {
			if int(e2.Start) == h && int(e2.End) > end {
				end = int(e2.End)
			}
		}
		in := func(p int) bool { return p > h && p < end }
		if !in(from) || in(to) {
			continue
		}
		// The saved exception is PUSH_EXC_INFO's a register.
		a := int(ct.instrs[h]>>8) & 0xff
		if h > 0 && !ct.starts[h] {
			a, _, _, _ = traceDecode(ct.instrs, h-1, h+1, op.PUSH_EXC_INFO)
		}
		if a < len(f.regs) {
			th.handled, _ = f.regs[a].TryException()
		}
	}
}

// firstEvalLine is the line of the first code evaluating e runs: that of
// its first operand for the expressions that evaluate operands first.
func firstEvalLine(e syntax.Expr) int {
	for {
		var next syntax.Expr
		switch x := e.(type) {
		case *syntax.Attribute:
			next = x.Value
		case *syntax.Subscript:
			next = x.Value
		case *syntax.Call:
			next = x.Func
		case *syntax.BinOp:
			next = x.Left
		case *syntax.BoolOp:
			next = x.Values[0]
		case *syntax.Compare:
			next = x.Left
		case *syntax.IfExp:
			next = x.Test
		case *syntax.Await:
			next = x.Value
		case *syntax.NamedExpr:
			next = x.Value
		case *syntax.List:
			next = firstOf(x.Elts)
		case *syntax.Tuple:
			next = firstOf(x.Elts)
		case *syntax.Set:
			next = firstOf(x.Elts)
		case *syntax.Dict:
			if len(x.Keys) > 0 {
				next = x.Keys[0]
				if next == nil {
					next = x.Values[0]
				}
			}
		}
		if next == nil {
			return e.GetPos().Lineno
		}
		e = next
	}
}

func firstOf(es []syntax.Expr) syntax.Expr {
	if len(es) == 0 {
		return nil
	}
	return es[0]
}
