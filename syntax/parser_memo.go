// This file defines the parser's memo tables: for the few rules the grammar
// re-parses at the same position, the result is kept per token index so the
// parse stays linear, as pegen's (memo) rules do.

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
	memoStarNamed
	memoDisjunction
	numMemo
)

// memoEntry is one remembered result: the value and the position after it.
type memoEntry struct {
	end int32 // end position + 1; 0 when nothing is remembered
	val any
}

// memoTables holds one dense table per memoized rule, indexed by position.
type memoTables struct {
	tabs [numMemo][]memoEntry
}

// reset forgets everything (the second pass must re-run the rules with the
// invalid_* alternatives enabled).
func (m *memoTables) reset() {
	for i := range m.tabs {
		m.tabs[i] = m.tabs[i][:0]
	}
}

// get returns the remembered result of rule at pos.
func (p *parser) memoGet(r memoRule, pos int) (any, bool) {
	t := p.memo.tabs[r]
	if pos < len(t) && t[pos].end != 0 {
		p.pos = int(t[pos].end) - 1
		return t[pos].val, true
	}
	return nil, false
}

// memoSet remembers that rule at pos produced val and ended at p.pos.
func (p *parser) memoSet(r memoRule, pos int, val any) {
	t := p.memo.tabs[r]
	if pos >= len(t) {
		n := len(p.toks) + 16
		if n <= pos {
			n = pos + 16
		}
		if n <= cap(t) {
			t = t[:n]
			for i := range t[len(p.memo.tabs[r]):] {
				t[len(p.memo.tabs[r])+i] = memoEntry{}
			}
		} else {
			nt := make([]memoEntry, n, n*2)
			copy(nt, t)
			t = nt
		}
		p.memo.tabs[r] = t
	}
	t[pos] = memoEntry{end: int32(p.pos) + 1, val: val}
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
