// This file defines the control-flow graph passes CPython 3.11 runs before
// assembly (optimize_cfg and what follows it in assemble()): jump
// threading, constant conditions, tuple folding, unreachable code removal,
// exit block copying, line number propagation, NOP removal and the stack
// depth.

package cpyview

import (
	"krait/compiler"
	"krait/syntax"
)

const maxCopySize = 4

func fallsThrough(b *block) bool {
	l := b.last()
	return l == nil || !(isUncondJump(l.op) || isScopeExit(l.op))
}

func isExit(b *block) bool {
	l := b.last()
	return l != nil && isScopeExit(l.op)
}

// skipEmpty returns the first non-empty block from b on.
func skipEmpty(b *block) *block {
	for b != nil && len(b.instrs) == 0 {
		b = b.next
	}
	return b
}

func (c *comp) optimizeCFG(entry *block) {
	for b := entry; b != nil; b = b.next {
		normalizeBlock(b)
	}
	for b := entry; b != nil; b = b.next {
		extendBlock(b)
	}
	for b := entry; b != nil; b = b.next {
		c.optimizeBlock(b)
		cleanBlock(b)
	}
	for b := entry; b != nil; b = b.next {
		extendBlock(b)
	}
	markReachable(entry)
	for b := entry; b != nil; b = b.next {
		if b.preds == 0 {
			b.instrs = nil
		}
	}
	eliminateEmptyBlocks(entry)
	for b := entry; b != nil; b = b.next {
		cleanBlock(b)
	}
	// A jump to the block that follows anyway becomes a NOP (which keeps
	// its line if it has one of its own).
	removed := false
	for b := entry; b != nil; b = b.next {
		if l := b.last(); l != nil && (l.op == JUMP || l.op == JUMP_NO_INTERRUPT) && l.target == b.next {
			l.op, l.target = NOP, nil
			removed = true
		}
	}
	if removed {
		eliminateEmptyBlocks(entry)
	}
}

// normalizeBlock drops what follows a jump or exit in a block and skips
// jump targets over empty blocks.
func normalizeBlock(b *block) {
	for i := range b.instrs {
		in := &b.instrs[i]
		if isJump(in.op) || isScopeExit(in.op) {
			b.instrs = b.instrs[:i+1]
		}
		if isJump(in.op) {
			in.target = skipEmpty(in.target)
		}
		if i+1 >= len(b.instrs) {
			break
		}
	}
	b.exit = isExit(b)
}

// extendBlock copies a small exit block over an unconditional jump to it.
func extendBlock(b *block) {
	l := b.last()
	if l == nil || !(l.op == JUMP || l.op == JUMP_FORWARD || l.op == JUMP_BACKWARD) {
		return
	}
	t := l.target
	for _, in := range t.instrs {
		if in.loc.line >= 0 {
			return // only blocks without a line (implicit returns) are copied
		}
	}
	if t.exit && len(t.instrs) <= maxCopySize {
		l.op = NOP
		l.target = nil
		b.instrs = append(b.instrs, t.instrs...)
		b.exit = true
	}
}

func (c *comp) constValue(arg int) any { return c.u.consts[arg] }

func (c *comp) jumpThread(in *instr, target *instr, op int) bool {
	if in.loc.line == target.loc.line && in.target != target.target {
		in.target = target.target
		in.op = op
		return true
	}
	return false
}

var nopInstr = instr{op: NOP}

func (c *comp) optimizeBlock(b *block) {
	for i := 0; i < len(b.instrs); i++ {
		in := &b.instrs[i]
		nextop := 0
		if i+1 < len(b.instrs) {
			nextop = b.instrs[i+1].op
		}
		target := &nopInstr
		if isJump(in.op) || isBlockPush(in.op) {
			in.target = skipEmpty(in.target)
			if in.target == nil {
				continue
			}
			target = &in.target.instrs[0]
		}
		switch in.op {
		case LOAD_CONST:
			switch nextop {
			case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
				isTrue := compiler.ConstTruth(c.constValue(in.arg))
				in.op = NOP
				if isTrue == (nextop == POP_JUMP_IF_TRUE) {
					b.instrs[i+1].op = JUMP
				} else {
					b.instrs[i+1].op = NOP
				}
			case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
				isTrue := compiler.ConstTruth(c.constValue(in.arg))
				if isTrue == (nextop == JUMP_IF_TRUE_OR_POP) {
					b.instrs[i+1].op = JUMP
				} else {
					in.op = NOP
					b.instrs[i+1].op = NOP
				}
			case IS_OP:
				jumpOp := 0
				if i+2 < len(b.instrs) {
					jumpOp = b.instrs[i+2].op
				}
				if c.constValue(in.arg) == nil && (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE) {
					nextarg := b.instrs[i+1].arg
					in.op = NOP
					b.instrs[i+1].op = NOP
					if (nextarg != 0) != (jumpOp == POP_JUMP_IF_FALSE) {
						b.instrs[i+2].op = POP_JUMP_IF_NOT_NONE
					} else {
						b.instrs[i+2].op = POP_JUMP_IF_NONE
					}
				}
			}
		case BUILD_TUPLE:
			if nextop == UNPACK_SEQUENCE && in.arg == b.instrs[i+1].arg {
				switch in.arg {
				case 1:
					in.op = NOP
					b.instrs[i+1].op = NOP
					continue
				case 2, 3:
					in.op = NOP
					b.instrs[i+1].op = SWAP
					continue
				}
			}
			if i >= in.arg {
				c.foldTuple(b, i)
			}
		case JUMP_IF_FALSE_OR_POP:
			switch target.op {
			case POP_JUMP_IF_FALSE:
				if c.jumpThread(in, target, POP_JUMP_IF_FALSE) {
					i--
				}
			case JUMP, JUMP_IF_FALSE_OR_POP:
				if c.jumpThread(in, target, JUMP_IF_FALSE_OR_POP) {
					i--
				}
			case JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_TRUE:
				if in.loc.line == target.loc.line {
					in.op = POP_JUMP_IF_FALSE
					in.target = in.target.next
					i--
				}
			}
		case JUMP_IF_TRUE_OR_POP:
			switch target.op {
			case POP_JUMP_IF_TRUE:
				if c.jumpThread(in, target, POP_JUMP_IF_TRUE) {
					i--
				}
			case JUMP, JUMP_IF_TRUE_OR_POP:
				if c.jumpThread(in, target, JUMP_IF_TRUE_OR_POP) {
					i--
				}
			case JUMP_IF_FALSE_OR_POP, POP_JUMP_IF_FALSE:
				if in.loc.line == target.loc.line {
					in.op = POP_JUMP_IF_TRUE
					in.target = in.target.next
					i--
				}
			}
		case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP:
			if target.op == JUMP && c.jumpThread(in, target, in.op) {
				i--
			}
		case SWAP:
			if in.arg == 1 {
				in.op = NOP
				break
			}
			c.swaptimize(b, &i)
			applyStaticSwaps(b, i)
		case PUSH_NULL:
			if nextop == LOAD_GLOBAL && b.instrs[i+1].arg&1 == 0 {
				in.op = NOP
				in.arg = 0
				b.instrs[i+1].arg |= 1
			}
		}
	}
}

// foldTuple replaces LOAD_CONSTs followed by BUILD_TUPLE with one
// LOAD_CONST of the tuple (fold_tuple_on_constants).
func (c *comp) foldTuple(b *block, i int) {
	n := b.instrs[i].arg
	items := make(compiler.Tuple, n)
	for j := 0; j < n; j++ {
		in := b.instrs[i-n+j]
		if in.op != LOAD_CONST {
			return
		}
		items[j] = c.constValue(in.arg)
	}
	idx := c.addConst(items)
	for j := i - n; j < i; j++ {
		b.instrs[j].op = NOP
	}
	b.instrs[i].op = LOAD_CONST
	b.instrs[i].arg = idx
}

// swaptimize replaces a run of SWAPs (and NOPs) by the fewest SWAPs with
// the same effect, placed at the end of the run.
func (c *comp) swaptimize(b *block, ix *int) {
	ins := b.instrs[*ix:]
	depth := ins[0].arg
	n := 0
	more := false
	for n = 1; n < len(ins); n++ {
		if ins[n].op == SWAP {
			depth = max(depth, ins[n].arg)
			more = true
		} else if ins[n].op != NOP {
			break
		}
	}
	if !more {
		return
	}
	const visited = -1
	stack := make([]int, depth)
	for i := range stack {
		stack[i] = i
	}
	for i := 0; i < n; i++ {
		if ins[i].op == SWAP {
			k := ins[i].arg - 1
			stack[0], stack[k] = stack[k], stack[0]
		}
	}
	current := n - 1
	for i := 0; i < depth; i++ {
		if stack[i] == visited || stack[i] == i {
			continue
		}
		j := i
		for {
			if j != 0 {
				ins[current].op = SWAP
				ins[current].arg = j + 1
				current--
			}
			if stack[j] == visited {
				break
			}
			next := stack[j]
			stack[j] = visited
			j = next
		}
	}
	for ; current >= 0; current-- {
		ins[current].op = NOP
	}
	*ix += n - 1
}

func swappable(op int) bool {
	return op == STORE_FAST || op == POP_TOP
}

func nextSwappable(b *block, i, lineno int) int {
	for i++; i < len(b.instrs); i++ {
		in := b.instrs[i]
		if lineno >= 0 && in.loc.line != lineno {
			return -1
		}
		if in.op == NOP {
			continue
		}
		if swappable(in.op) {
			return i
		}
		return -1
	}
	return -1
}

// applyStaticSwaps removes SWAPs before stores that can be reordered.
func applyStaticSwaps(b *block, i int) {
	for ; i >= 0; i-- {
		swap := &b.instrs[i]
		if swap.op != SWAP {
			if swap.op == NOP || swappable(swap.op) {
				continue
			}
			return
		}
		j := nextSwappable(b, i, -1)
		if j < 0 {
			return
		}
		k := j
		lineno := b.instrs[j].loc.line
		for count := swap.arg - 1; count > 0; count-- {
			k = nextSwappable(b, k, lineno)
			if k < 0 {
				return
			}
		}
		swap.op = NOP
		b.instrs[j], b.instrs[k] = b.instrs[k], b.instrs[j]
	}
}

func markReachable(entry *block) {
	for b := entry; b != nil; b = b.next {
		b.preds = 0
		b.visited = false
	}
	entry.preds = 1
	stack := []*block{entry}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.visited = true
		if b.next != nil && fallsThrough(b) {
			if !b.next.visited {
				stack = append(stack, b.next)
			}
			b.next.preds++
		}
		for i := range b.instrs {
			in := &b.instrs[i]
			if isJump(in.op) || isBlockPush(in.op) {
				if !in.target.visited {
					stack = append(stack, in.target)
				}
				in.target.preds++
			}
		}
	}
}

func eliminateEmptyBlocks(entry *block) {
	for b := entry; b != nil; b = b.next {
		if next := b.next; next != nil {
			for len(next.instrs) == 0 && next.next != nil {
				next = next.next
			}
			b.next = next
		}
	}
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			if isJump(in.op) || isBlockPush(in.op) {
				in.target = skipEmpty(in.target)
			}
		}
	}
}

// cleanBlock removes the NOPs that carry no line of their own.
func cleanBlock(b *block) {
	dest := 0
	prevLine := -1
	for src := 0; src < len(b.instrs); src++ {
		in := b.instrs[src]
		line := in.loc.line
		if in.op == NOP {
			if line < 0 || prevLine == line {
				continue
			}
			if src < len(b.instrs)-1 {
				next := &b.instrs[src+1]
				if next.loc.line < 0 {
					next.loc = in.loc
					continue
				}
				if next.loc.line == line {
					continue
				}
			} else {
				next := skipEmpty(b.next)
				if next != nil && line == next.instrs[0].loc.line {
					continue
				}
			}
		}
		b.instrs[dest] = in
		dest++
		prevLine = line
	}
	b.instrs = b.instrs[:dest]
}

func exitWithoutLine(b *block) bool {
	if !isExit(b) {
		return false
	}
	for _, in := range b.instrs {
		if in.loc.line >= 0 {
			return false
		}
	}
	return true
}

// duplicateExitsWithoutLine gives each jump to an exit block without a
// line its own copy of the block; CPython 3.11 visits the blocks from the
// most recently allocated one.
func duplicateExitsWithoutLine(entry *block, blocks []*block) {
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		l := b.last()
		if l != nil && isJump(l.op) {
			t := l.target
			if exitWithoutLine(t) && t.preds > 1 {
				nt := &block{instrs: append([]instr(nil), t.instrs...), exit: true}
				nt.instrs[0].loc = l.loc
				l.target = nt
				t.preds--
				nt.preds = 1
				nt.next = t.next
				t.next = nt
			}
		}
	}
	for b := entry; b != nil; b = b.next {
		for b.next != nil && len(b.next.instrs) == 0 {
			b.next = b.next.next
		}
	}
	for b := entry; b != nil; b = b.next {
		if fallsThrough(b) && b.next != nil && len(b.instrs) > 0 && exitWithoutLine(b.next) {
			b.next.instrs[0].loc = b.last().loc
		}
	}
}

func propagateLineNumbers(entry *block) {
	for b := entry; b != nil; b = b.next {
		l := b.last()
		if l == nil {
			continue
		}
		prev := noLoc
		for i := range b.instrs {
			if b.instrs[i].loc.line < 0 {
				b.instrs[i].loc = prev
			} else {
				prev = b.instrs[i].loc
			}
		}
		if fallsThrough(b) && b.next != nil && b.next.preds == 1 && len(b.next.instrs) > 0 {
			if b.next.instrs[0].loc.line < 0 {
				b.next.instrs[0].loc = prev
			}
		}
		if isJump(l.op) && l.target.preds == 1 {
			if l.target.instrs[0].loc.line < 0 {
				l.target.instrs[0].loc = prev
			}
		}
	}
}

// guaranteeLinenoForExits gives a line to the implicit returns that still
// have none: the line of the last block that ended with one.
func guaranteeLinenoForExits(entry *block, firstLine int) {
	line := firstLine
	for b := entry; b != nil; b = b.next {
		l := b.last()
		if l == nil {
			continue
		}
		if l.loc.line >= 0 {
			line = l.loc.line
			continue
		}
		if l.op == RETURN_VALUE {
			for i := range b.instrs {
				b.instrs[i].loc = loc{line, -1, -1, -1}
			}
		}
	}
}

func trimUnusedConsts(entry *block, consts []any) []any {
	maxIdx := 0
	for b := entry; b != nil; b = b.next {
		for _, in := range b.instrs {
			if (in.op == LOAD_CONST || in.op == KW_NAMES) && in.arg > maxIdx {
				maxIdx = in.arg
			}
		}
	}
	if maxIdx+1 < len(consts) {
		consts = consts[:maxIdx+1]
	}
	return consts
}

func stackDepth(entry *block, generator bool) int {
	for b := entry; b != nil; b = b.next {
		b.startDepth = -1 << 30
	}
	maxDepth := 0
	var stack []*block
	push := func(b *block, d int) {
		if b.startDepth < d && b.startDepth < 100 {
			b.startDepth = d
			stack = append(stack, b)
		}
	}
	if generator {
		push(entry, 1)
	} else {
		push(entry, 0)
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		depth := b.startDepth
		next := b.next
		for _, in := range b.instrs {
			nd := depth + stackEffect(in.op, in.arg, false)
			maxDepth = max(maxDepth, nd)
			if isJump(in.op) || isBlockPush(in.op) {
				td := depth + stackEffect(in.op, in.arg, true)
				maxDepth = max(maxDepth, td)
				push(in.target, td)
			}
			depth = nd
			if in.op == JUMP_NO_INTERRUPT || in.op == JUMP || isScopeExit(in.op) {
				next = nil
				break
			}
		}
		if next != nil {
			push(next, depth)
		}
	}
	return maxDepth
}

func normalizeJumps(entry *block) {
	for b := entry; b != nil; b = b.next {
		b.visited = false
	}
	for b := entry; b != nil; b = b.next {
		b.visited = true
		l := b.last()
		if l == nil || !isJump(l.op) {
			continue
		}
		fwd := !l.target.visited
		pick := func(f, bk int) int {
			if fwd {
				return f
			}
			return bk
		}
		switch l.op {
		case JUMP:
			l.op = pick(JUMP_FORWARD, JUMP_BACKWARD)
		case JUMP_NO_INTERRUPT:
			l.op = pick(JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT)
		case POP_JUMP_IF_NOT_NONE:
			l.op = pick(POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE)
		case POP_JUMP_IF_NONE:
			l.op = pick(POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE)
		case POP_JUMP_IF_FALSE:
			l.op = pick(POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE)
		case POP_JUMP_IF_TRUE:
			l.op = pick(POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE)
		}
	}
}

var _ = syntax.Load
