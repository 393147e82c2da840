// This file defines the checks of a jump (assignment to f_lineno) that
// Krait's registers need beyond CPython's stack analysis: a target must
// start a statement (temporaries of a half-evaluated expression are not
// set) and must not enter a with block from outside (its __exit__
// register is not set). CPython reports both as incompatible stacks.

package runtime

import (
	"reflect"
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
	if m := stmtLines(co.filename); m != nil && !m[int(ct.lines[target])] {
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
	for _, e := range co.c.ExcTable {
		h := int(e.Handler)
		if h >= len(ct.ops) || !ct.marked[h] || ct.ops[h] != op.PUSH_EXC_INFO {
			continue
		}
		next := h + 1
		for next < len(ct.ops) && !ct.marked[next] {
			next++
		}
		if next >= len(ct.ops) || ct.ops[next] != op.WITH_EXCEPT_START {
			continue
		}
		in := func(p int) bool { return p >= int(e.Start) && p < int(e.End) }
		if in(target) && !in(from) {
			return "incompatible stacks"
		}
	}
	return ""
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
