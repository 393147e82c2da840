// This file defines the parser's reading of 'async' and 'await' under a
// feature version before 3.7 (ast.parse(..., feature_version=(3, 6))),
// where they were not yet keywords: CPython's tokenizer (its async_hacks)
// returns them as names except for 'async' right before 'def' and both
// words inside an 'async def', so that "async = 12" parses.

package syntax

// asyncHacks is the tokenizer state CPython keeps for that reading.
type asyncHacks struct {
	depth   int  // indentation levels (INDENT minus DEDENT tokens so far)
	inDef   bool // inside an 'async def' (tok->async_def)
	defNL   bool // a NEWLINE followed its signature (tok->async_def_nl)
	defIndt int  // depth of the 'async def' (tok->async_def_indent)
	pending int  // index of an 'async' awaiting the next token, or -1
}

// asyncHacksOn reports whether the feature version reads 'async' and
// 'await' as names outside async functions.
func (f ParseFlags) asyncHacksOn() bool { return f.FeatureVersion > 0 && f.FeatureVersion < 7 }

// asyncToken adjusts token t, about to become token len(p.toks), as
// CPython's tokenizer would have returned it; level is the bracket depth
// before t.
func (p *parser) asyncToken(t *Token) {
	a := p.async
	if a.pending >= 0 {
		if t.Kind == KwDef {
			a.inDef, a.defNL, a.defIndt = true, false, a.depth
		} else {
			p.toks[a.pending].Kind = NAME
		}
		a.pending = -1
	}
	switch t.Kind {
	case INDENT:
		a.depth++
		return
	case DEDENT:
		a.depth--
		return
	case NEWLINE:
		if a.inDef {
			a.defNL = true
		}
		return
	case TYPE_COMMENT, ENDMARKER:
		return
	}
	if a.inDef && a.defNL && p.level == 0 && a.defIndt >= a.depth {
		a.inDef = false
	}
	if a.inDef {
		return
	}
	switch t.Kind {
	case KwAwait:
		t.Kind = NAME
	case KwAsync:
		a.pending = len(p.toks) // decided by the next token
	}
}

// asyncUnresolved reports whether the last token is an 'async' whose kind
// depends on the token after it, which must then be read too.
func (p *parser) asyncUnresolved() bool { return p.async != nil && p.async.pending >= 0 }

// asyncLookaheadFailed makes a pending 'async' a name when the token after
// it is a tokenizer error, as CPython's look-ahead sees no 'def' then.
func (p *parser) asyncLookaheadFailed() {
	if p.asyncUnresolved() {
		p.toks[p.async.pending].Kind = NAME
		p.async.pending = -1
	}
}
