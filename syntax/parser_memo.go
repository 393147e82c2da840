// This file defines the parser's memo tables: for the few rules the grammar
// re-parses at the same position, the result is kept per token position so
// the parse stays linear, as pegen's (memo) rules do.

package syntax

// memoRule names a memoized rule.
type memoRule uint8

const (
	memoExpression memoRule = iota
	memoBitwiseOr
	memoTPrimary
	memoStarTarget
	memoArguments
	memoDelTarget
	memoBlock
	memoClosedPattern
	memoInvalidNamed
	memoStrings
	numMemo
)

// memoEntry is one remembered result: the rule, the value and the position
// after it, chained to the other entries of the same start position.
type memoEntry struct {
	rule memoRule
	end  int32
	next int32 // index+1 of the next entry for the same position, 0 at the end
	val  any
}

// memoTables keeps, like pegen's per-token memo lists, a chain of entries
// per token position: most positions have none, and the others a few.
type memoTables struct {
	heads []int32 // per position: index+1 of its first entry
	pool  []memoEntry
}

// reset forgets everything (the second pass must re-run the rules with the
// invalid_* alternatives enabled).
func (m *memoTables) reset() {
	clear(m.heads)
	m.pool = m.pool[:0]
}

// memoGet returns the remembered result of rule r at pos and moves to its
// end.
func (p *parser) memoGet(r memoRule, pos int) (any, bool) {
	m := &p.memo
	if pos >= len(m.heads) {
		return nil, false
	}
	for i := m.heads[pos]; i != 0; {
		e := &m.pool[i-1]
		if e.rule == r {
			p.pos = int(e.end)
			return e.val, true
		}
		i = e.next
	}
	return nil, false
}

// memoSet remembers that rule r at pos produced val and ended at p.pos.
func (p *parser) memoSet(r memoRule, pos int, val any) {
	m := &p.memo
	if pos >= len(m.heads) {
		n := cap(p.toks)
		if n <= pos {
			n = 2*pos + 16
		}
		if n <= cap(m.heads) {
			m.heads = m.heads[:n]
		} else {
			h := make([]int32, n)
			copy(h, m.heads)
			m.heads = h
		}
	}
	m.pool = append(m.pool, memoEntry{rule: r, end: int32(p.pos), next: m.heads[pos], val: val})
	m.heads[pos] = int32(len(m.pool))
}

// memoExpr is memoGet for rules whose value is an Expr.
func (p *parser) memoExpr(r memoRule, pos int) (Expr, bool) {
	v, ok := p.memoGet(r, pos)
	if !ok {
		return nil, false
	}
	e, _ := v.(Expr)
	return e, true
}

// memoSetExpr remembers an Expr result (nil for failure).
func (p *parser) memoSetExpr(r memoRule, pos int, e Expr) {
	if e == nil {
		p.memoSet(r, pos, nil)
		return
	}
	p.memoSet(r, pos, e)
}
