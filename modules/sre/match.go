// This file defines SRE(match): the opcode dispatch loop. A sub-match
// (DO_JUMP in sre_lib.h) pushes a frame and restarts at entrance; when a
// frame finishes, exit pops it and resumes its parent at the code for the
// frame's jump kind. Labels stand in for sre_lib.h's resumption points.

package sre

// match runs code from pc at m.pos and reports whether it matched; on
// success m.pos is the end of the match.
func (m *machine[C]) match(pc int, toplevel bool) (bool, error) {
	var (
		code = m.code
		s    = m.s
		end  = m.end
		ret  bool
		ptr  int
		ctx  *frame
		err  error
		n    int
		rp   *repeat
	)
	base := len(m.frames)
	m.frames = append(m.frames, frame{jump: jNone, toplevel: toplevel})
	ctx = &m.frames[base]

entrance:
	// Every loop in the code comes back through here (a REPEAT's or
	// BRANCH's sub-match), so this is where long runs poll for interrupts.
	if err = m.checkSteps(); err != nil {
		return false, err
	}
	ptr = m.pos
	if code[pc] == OpInfo {
		if min := code[pc+3]; min != 0 && end-ptr >= 0 && int64(end-ptr) < int64(min) {
			goto fail
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	for {
		op := code[pc]
		pc++
		switch op {
		case OpMark:
			if !m.setMark(int(code[pc]), ptr) {
				return false, ErrIllegal
			}
			pc++
		case OpLiteral:
			if ptr >= end || uint32(s[ptr]) != code[pc] {
				goto fail
			}
			pc++
			ptr++
		case OpNotLiteral:
			if ptr >= end || uint32(s[ptr]) == code[pc] {
				goto fail
			}
			pc++
			ptr++
		case OpSuccess:
			if ctx.toplevel && (m.matchAll && ptr != m.end || m.mustAdv && ptr == m.start) {
				goto fail
			}
			m.pos = ptr
			goto succeed
		case OpAt:
			if !m.at(ptr, code[pc]) {
				goto fail
			}
			pc++
		case OpCategory:
			if ptr >= end || !category(code[pc], uint32(s[ptr])) {
				goto fail
			}
			pc++
			ptr++
		case OpAny:
			if ptr >= end || s[ptr] == '\n' {
				goto fail
			}
			ptr++
		case OpAnyAll:
			if ptr >= end {
				goto fail
			}
			ptr++
		case OpIn:
			if ptr >= end || !m.member(pc+1, uint32(s[ptr])) {
				goto fail
			}
			pc += int(code[pc])
			ptr++
		case OpLiteralIgnore:
			if ptr >= end || lowerASCII(uint32(s[ptr])) != code[pc] {
				goto fail
			}
			pc++
			ptr++
		case OpLiteralUniIgnore:
			if ptr >= end || lowerUnicode(uint32(s[ptr])) != code[pc] {
				goto fail
			}
			pc++
			ptr++
		case OpLiteralLocIgnore:
			if ptr >= end || !charLocIgnore(code[pc], uint32(s[ptr])) {
				goto fail
			}
			pc++
			ptr++
		case OpNotLiteralIgnore:
			if ptr >= end || lowerASCII(uint32(s[ptr])) == code[pc] {
				goto fail
			}
			pc++
			ptr++
		case OpNotLiteralUniIgnore:
			if ptr >= end || lowerUnicode(uint32(s[ptr])) == code[pc] {
				goto fail
			}
			pc++
			ptr++
		case OpNotLiteralLocIgnore:
			if ptr >= end || charLocIgnore(code[pc], uint32(s[ptr])) {
				goto fail
			}
			pc++
			ptr++
		case OpInIgnore:
			if ptr >= end || !m.memberFold(pc+1, uint32(s[ptr]), lowerASCII) {
				goto fail
			}
			pc += int(code[pc])
			ptr++
		case OpInUniIgnore:
			if ptr >= end || !m.memberFold(pc+1, uint32(s[ptr]), lowerUnicode) {
				goto fail
			}
			pc += int(code[pc])
			ptr++
		case OpInLocIgnore:
			if ptr >= end || !inSetLocIgnore(code, pc+1, uint32(s[ptr])) {
				goto fail
			}
			pc += int(code[pc])
			ptr++
		case OpJump, OpInfo:
			pc += int(code[pc])
		case OpBranch:
			ctx.lastmark, ctx.lastindex = int32(m.lastmark), int32(m.lastindex)
			if m.repeat >= 0 {
				m.markPush(ctx.lastmark)
			}
			goto branchNext
		case OpRepeatOne:
			if int64(code[pc+1]) > int64(end-ptr) {
				goto fail
			}
			m.pos = ptr
			if n, err = m.count(pc+3, code[pc+2]); err != nil {
				return false, err
			}
			ctx = &m.frames[len(m.frames)-1]
			ctx.count = n
			ptr += n
			if n < int(code[pc+1]) {
				goto fail
			}
			if tail := pc + int(code[pc]); code[tail] == OpSuccess && ptr == m.end &&
				!(ctx.toplevel && m.mustAdv && ptr == m.start) {
				m.pos = ptr
				goto succeed
			}
			if m.bytes != nil && m.possessive(pc) {
				pc += int(code[pc])
				continue
			}
			ctx.lastmark, ctx.lastindex = int32(m.lastmark), int32(m.lastindex)
			if m.repeat >= 0 {
				m.markPush(ctx.lastmark)
			}
			if tail := pc + int(code[pc]); code[tail] == OpLiteral {
				ctx.chr = code[tail+1]
				goto repeatOne1
			}
			goto repeatOne2
		case OpMinRepeatOne:
			if int64(code[pc+1]) > int64(end-ptr) {
				goto fail
			}
			m.pos = ptr
			if code[pc+1] == 0 {
				ctx.count = 0
			} else {
				if n, err = m.count(pc+3, code[pc+1]); err != nil {
					return false, err
				}
				ctx = &m.frames[len(m.frames)-1]
				if n < int(code[pc+1]) {
					goto fail
				}
				ctx.count = n
				ptr += n
			}
			if code[pc+int(code[pc])] == OpSuccess && !(ctx.toplevel &&
				(m.matchAll && ptr != m.end || m.mustAdv && ptr == m.start)) {
				m.pos = ptr
				goto succeed
			}
			ctx.lastmark, ctx.lastindex = int32(m.lastmark), int32(m.lastindex)
			if m.repeat >= 0 {
				m.markPush(ctx.lastmark)
			}
			goto minRepeatOne
		case OpPossessiveRepeatOne:
			if int64(ptr)+int64(code[pc+1]) > int64(end) {
				goto fail
			}
			m.pos = ptr
			if n, err = m.count(pc+3, code[pc+2]); err != nil {
				return false, err
			}
			ctx = &m.frames[len(m.frames)-1]
			ctx.count = n
			ptr += n
			if n < int(code[pc+1]) {
				goto fail
			}
			pc += int(code[pc])
			if code[pc] == OpSuccess && ptr == m.end && !(ctx.toplevel && m.mustAdv && ptr == m.start) {
				m.pos = ptr
				goto succeed
			}
		case OpRepeat:
			m.reps = append(m.reps, repeat{count: -1, pc: pc, prev: m.repeat, lastPtr: -1})
			ctx.rep = int32(len(m.reps) - 1)
			m.repeat = int(ctx.rep)
			m.pos = ptr
			ctx = m.push(pc, ptr, jRepeat, ctx.toplevel)
			pc += int(code[pc])
			goto entrance
		case OpMaxUntil:
			if m.repeat < 0 {
				return false, ErrState
			}
			ctx.rep = int32(m.repeat)
			rp = &m.reps[ctx.rep]
			m.pos = ptr
			ctx.count = rp.count + 1
			if ctx.count < int(code[rp.pc+1]) {
				rp.count = ctx.count
				next := rp.pc + 3
				ctx = m.push(pc, ptr, jMaxUntil1, ctx.toplevel)
				pc = next
				goto entrance
			}
			if (ctx.count < int(code[rp.pc+2]) || code[rp.pc+2] == MaxRepeat) && m.pos != rp.lastPtr {
				rp.count = ctx.count
				ctx.lastmark, ctx.lastindex = int32(m.lastmark), int32(m.lastindex)
				m.markPush(ctx.lastmark)
				m.data = append(m.data, rp.lastPtr)
				rp.lastPtr = m.pos
				next := rp.pc + 3
				ctx = m.push(pc, ptr, jMaxUntil2, ctx.toplevel)
				pc = next
				goto entrance
			}
			goto maxUntilTail
		case OpMinUntil:
			if m.repeat < 0 {
				return false, ErrState
			}
			ctx.rep = int32(m.repeat)
			rp = &m.reps[ctx.rep]
			m.pos = ptr
			ctx.count = rp.count + 1
			if ctx.count < int(code[rp.pc+1]) {
				rp.count = ctx.count
				next := rp.pc + 3
				ctx = m.push(pc, ptr, jMinUntil1, ctx.toplevel)
				pc = next
				goto entrance
			}
			m.repeat = rp.prev
			ctx.lastmark, ctx.lastindex = int32(m.lastmark), int32(m.lastindex)
			if m.repeat >= 0 {
				m.markPush(ctx.lastmark)
			}
			ctx = m.push(pc, ptr, jMinUntil2, ctx.toplevel)
			goto entrance
		case OpPossessiveRepeat:
			m.pos = ptr
			ctx.count = 0
			goto possRepeat1
		case OpAtomicGroup:
			m.pos = ptr
			ctx = m.push(pc, ptr, jAtomicGroup, false)
			pc++
			goto entrance
		case OpGroupref:
			if ptr = m.groupref(int(code[pc]), ptr, nil); ptr < 0 {
				goto fail
			}
			pc++
		case OpGrouprefIgnore:
			if ptr = m.groupref(int(code[pc]), ptr, lowerASCII); ptr < 0 {
				goto fail
			}
			pc++
		case OpGrouprefUniIgnore:
			if ptr = m.groupref(int(code[pc]), ptr, lowerUnicode); ptr < 0 {
				goto fail
			}
			pc++
		case OpGrouprefLocIgnore:
			if ptr = m.groupref(int(code[pc]), ptr, lowerLocale); ptr < 0 {
				goto fail
			}
			pc++
		case OpGrouprefExists:
			g := int(code[pc]) * 2
			if g >= m.lastmark || m.marks[g] < 0 || m.marks[g+1] < 0 || m.marks[g+1] < m.marks[g] {
				pc += int(code[pc+1])
			} else {
				pc += 2
			}
		case OpAssert:
			back := int(code[pc+1])
			if ptr < back {
				goto fail
			}
			m.pos = ptr - back
			ctx = m.push(pc, ptr, jAssert, false)
			pc += 2
			goto entrance
		case OpAssertNot:
			back := int(code[pc+1])
			if ptr >= back {
				m.pos = ptr - back
				ctx.lastmark, ctx.lastindex = int32(m.lastmark), int32(m.lastindex)
				if m.repeat >= 0 {
					m.markPush(ctx.lastmark)
				}
				ctx = m.push(pc, ptr, jAssertNot, false)
				pc += 2
				goto entrance
			}
			pc += int(code[pc])
		case OpFailure:
			goto fail
		default:
			return false, ErrIllegal
		}
	}

branchNext:
	for ; code[pc] != 0; pc += int(code[pc]) {
		switch code[pc+1] {
		case OpLiteral:
			if ptr >= end || uint32(s[ptr]) != code[pc+2] {
				continue
			}
		case OpIn:
			if ptr >= end || !m.member(pc+3, uint32(s[ptr])) {
				continue
			}
		}
		m.pos = ptr
		ctx = m.push(pc, ptr, jBranch, ctx.toplevel)
		pc++
		goto entrance
	}
	if m.repeat >= 0 {
		m.markDiscard(ctx.lastmark)
	}
	goto fail

repeatOne1:
	for ctx.count >= int(code[pc+1]) && (ptr >= end || uint32(s[ptr]) != ctx.chr) {
		ptr--
		ctx.count--
	}
	if ctx.count < int(code[pc+1]) {
		if m.repeat >= 0 {
			m.markDiscard(ctx.lastmark)
		}
		goto fail
	}
	m.pos = ptr
	ctx = m.push(pc, ptr, jRepeatOne1, ctx.toplevel)
	pc += int(code[pc])
	goto entrance

repeatOne2:
	if ctx.count < int(code[pc+1]) {
		if m.repeat >= 0 {
			m.markDiscard(ctx.lastmark)
		}
		goto fail
	}
	m.pos = ptr
	ctx = m.push(pc, ptr, jRepeatOne2, ctx.toplevel)
	pc += int(code[pc])
	goto entrance

minRepeatOne:
	if code[pc+2] != MaxRepeat && ctx.count > int(code[pc+2]) {
		if m.repeat >= 0 {
			m.markDiscard(ctx.lastmark)
		}
		goto fail
	}
	m.pos = ptr
	ctx = m.push(pc, ptr, jMinRepeatOne, ctx.toplevel)
	pc += int(code[pc])
	goto entrance

maxUntilTail:
	m.repeat = m.reps[ctx.rep].prev
	ctx = m.push(pc, ptr, jMaxUntil3, ctx.toplevel)
	goto entrance

possRepeat1:
	if ctx.count < int(code[pc+1]) {
		ctx = m.push(pc, ptr, jPossRepeat1, false)
		pc += 3
		goto entrance
	}
	ptr = -1
possRepeat2:
	if (ctx.count < int(code[pc+2]) || code[pc+2] == MaxRepeat) && m.pos != ptr {
		ctx.lastmark, ctx.lastindex = int32(m.lastmark), int32(m.lastindex)
		m.markPush(ctx.lastmark)
		ptr = m.pos
		ctx = m.push(pc, ptr, jPossRepeat2, false)
		pc += 3
		goto entrance
	}
possRepeatTail:
	pc += int(code[pc]) + 1
	ptr = m.pos
	goto dispatch

succeed:
	ret = true
	goto exit
fail:
	ret = false
exit:
	m.frames = m.frames[:len(m.frames)-1]
	if len(m.frames) == base {
		return ret, nil
	}
	{
		jump := ctx.jump
		ctx = &m.frames[len(m.frames)-1]
		pc, ptr = int(ctx.pc), ctx.ptr
		switch jump {
		case jBranch:
			if ret {
				if m.repeat >= 0 {
					m.markDiscard(ctx.lastmark)
				}
				goto succeed
			}
			if m.repeat >= 0 {
				m.markPop(ctx.lastmark, false)
			}
			m.lastmark, m.lastindex = int(ctx.lastmark), int(ctx.lastindex)
			pc += int(code[pc])
			goto branchNext
		case jRepeatOne1, jRepeatOne2, jMinRepeatOne:
			if ret {
				if m.repeat >= 0 {
					m.markDiscard(ctx.lastmark)
				}
				goto succeed
			}
			if m.repeat >= 0 {
				m.markPop(ctx.lastmark, false)
			}
			m.lastmark, m.lastindex = int(ctx.lastmark), int(ctx.lastindex)
			switch jump {
			case jRepeatOne1:
				ptr--
				ctx.count--
				goto repeatOne1
			case jRepeatOne2:
				ptr--
				ctx.count--
				goto repeatOne2
			}
			m.pos = ptr
			if n, err = m.count(pc+3, 1); err != nil {
				return false, err
			}
			ctx = &m.frames[len(m.frames)-1]
			if n == 0 {
				if m.repeat >= 0 {
					m.markDiscard(ctx.lastmark)
				}
				goto fail
			}
			ptr++
			ctx.count++
			goto minRepeatOne
		case jRepeat:
			m.repeat = m.reps[ctx.rep].prev
			m.reps = m.reps[:ctx.rep]
			if ret {
				goto succeed
			}
			goto fail
		case jMaxUntil1, jMinUntil1:
			if ret {
				goto succeed
			}
			m.reps[ctx.rep].count = ctx.count - 1
			m.pos = ptr
			goto fail
		case jMaxUntil2:
			rp = &m.reps[ctx.rep]
			rp.lastPtr = m.data[len(m.data)-1]
			m.data = m.data[:len(m.data)-1]
			if ret {
				m.markDiscard(ctx.lastmark)
				goto succeed
			}
			m.markPop(ctx.lastmark, true)
			m.lastmark, m.lastindex = int(ctx.lastmark), int(ctx.lastindex)
			rp.count = ctx.count - 1
			m.pos = ptr
			goto maxUntilTail
		case jMaxUntil3:
			m.repeat = int(ctx.rep)
			if ret {
				goto succeed
			}
			m.pos = ptr
			goto fail
		case jMinUntil2:
			tailRepeat := m.repeat
			m.repeat = int(ctx.rep)
			if ret {
				if tailRepeat >= 0 {
					m.markDiscard(ctx.lastmark)
				}
				goto succeed
			}
			if tailRepeat >= 0 {
				m.markPop(ctx.lastmark, true)
			}
			m.lastmark, m.lastindex = int(ctx.lastmark), int(ctx.lastindex)
			m.pos = ptr
			rp = &m.reps[ctx.rep]
			if ctx.count >= int(code[rp.pc+2]) && code[rp.pc+2] != MaxRepeat || m.pos == rp.lastPtr {
				goto fail
			}
			rp.count = ctx.count
			m.data = append(m.data, rp.lastPtr)
			rp.lastPtr = m.pos
			next := rp.pc + 3
			ctx = m.push(pc, ptr, jMinUntil3, ctx.toplevel)
			pc = next
			goto entrance
		case jMinUntil3:
			rp = &m.reps[ctx.rep]
			rp.lastPtr = m.data[len(m.data)-1]
			m.data = m.data[:len(m.data)-1]
			if ret {
				goto succeed
			}
			rp.count = ctx.count - 1
			m.pos = ptr
			goto fail
		case jPossRepeat1:
			if ret {
				ctx.count++
				goto possRepeat1
			}
			m.pos = ptr
			goto fail
		case jPossRepeat2:
			if ret {
				m.markDiscard(ctx.lastmark)
				ctx.count++
				goto possRepeat2
			}
			m.markPop(ctx.lastmark, true)
			m.lastmark, m.lastindex = int(ctx.lastmark), int(ctx.lastindex)
			m.pos = ptr
			goto possRepeatTail
		case jAtomicGroup:
			if !ret {
				m.pos = ptr
				goto fail
			}
			pc += int(code[pc])
			ptr = m.pos
			goto dispatch
		case jAssert:
			if !ret {
				goto fail
			}
			pc += int(code[pc])
			goto dispatch
		case jAssertNot:
			if ret {
				if m.repeat >= 0 {
					m.markDiscard(ctx.lastmark)
				}
				goto fail
			}
			if m.repeat >= 0 {
				m.markPop(ctx.lastmark, true)
			}
			m.lastmark, m.lastindex = int(ctx.lastmark), int(ctx.lastindex)
			pc += int(code[pc])
			goto dispatch
		}
		return false, ErrIllegal
	}
}
