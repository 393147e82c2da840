// This file defines the parser's entry points and the machinery every rule
// uses: the token buffer with mark/reset, memoization, node positions and
// the two-pass error strategy of CPython's pegen.
//
// The parser is a hand-written transcription of CPython 3.11's PEG grammar
// (Grammar/python.gram). Alternatives that share a prefix are factored so
// that the prefix is parsed once; where the grammar genuinely backtracks,
// the rules CPython memoizes are memoized here too. Like pegen, a failed
// parse is repeated with the invalid_* rules enabled to find a specific
// error message, and otherwise reports "invalid syntax" at the furthest
// token the first pass examined.
//
// Fidelity rests on three facts of pegen that this parser keeps: the
// furthest token examined (fill) is what locates generic errors, so any
// shortcut must never look at a token the grammar would not (tokens may be
// fetched ahead, as lineMayAssign does, but only examined ones count);
// tokenizer errors are raised when the parser examines that position; and
// errors abort the whole parse at once (a panic carrying a *SyntaxError,
// recovered in pass, never escaping Parse). Measured on the stdlib, this
// parses about five times faster than python3.11's ast.parse.

package syntax

import (
	"sort"
	"unicode/utf8"
)

// Mode selects the start rule, as the mode argument of compile() does.
type Mode uint8

// The parse modes.
const (
	ModeExec     Mode = iota // file_input: a *Module
	ModeEval                 // eval_input: an *Expression
	ModeSingle               // interactive: an *Interactive
	ModeFuncType             // func_type_input: a *FunctionType
	modeFString              // fstring: one f-string replacement field
)

// Warning is a compile-time warning the parser wants issued (CPython issues
// them through the warnings module as it parses).
type Warning struct {
	Category string // e.g. "DeprecationWarning", "SyntaxWarning"
	Msg      string
	Lineno   int
	Col      int
	// Err, if set, is the SyntaxError CPython raises in place of the
	// warning when the warnings filters make it an error.
	Err *SyntaxError
}

// Result is what Parse returns besides the tree.
type Result struct {
	Tree     Mod
	Warnings []Warning
}

// maxDepth bounds the parser's recursion. CPython's pegen stops at 6000
// rule levels (with a MemoryError); the levels counted here (one per
// unary operator, 'not', expression, lambda, bracket and block) come close
// to pegen's for the deep chains that reach the limit.
const maxDepth = 6000

// errKind marks the position of a tokenizer error in the token buffer: it
// matches no rule, and examining it raises the error.
const errKind = numKinds

// bailout carries a syntax error up the Go stack to Parse, the way pegen's
// error_indicator makes every rule return at once.
type bailout struct{ err *SyntaxError }

// parser holds the state of one parse.
type parser struct {
	tz       *Tokenizer
	toks     []Token
	levels   []int16 // bracket nesting after each token (pegen's token->level)
	level    int16
	tokErr   *SyntaxError // the error in place of token len(toks), once seen
	pos      int          // the mark: index of the next token
	fill     int          // tokens examined so far (pegen's p->fill)
	invalid  bool         // second pass: invalid_* rules are enabled
	depth    int
	filename string
	mode     Mode
	// noFinalNL is set when eval and single input lack a final newline,
	// which CPython's tokenizer then does not add.
	noFinalNL bool
	emptySrc  bool
	started   bool // single mode: a token other than ENDMARKER was read
	script    bool // ParseScript: CPython's file-reading tokenizer

	// f-string sub-parsers shift the positions of their tokens.
	startLine, startCol int
	parent              *parser

	warnings []Warning
	memo     memoTables
	flags    ParseFlags  // parse_flags.go
	async    *asyncHacks // feature versions before 3.7: parse_async_hacks.go
}

// Parse parses src as a file named filename. It returns the tree, or the
// SyntaxError (IndentationError, TabError) CPython would raise for the same
// source, with the same message and location.
func Parse(src []byte, filename string, mode Mode) (*Result, *SyntaxError) {
	p := &parser{tz: NewTokenizer(src, filename), filename: filename, mode: mode}
	p.emptySrc = len(src) == 0
	p.noFinalNL = mode != ModeExec && (len(src) == 0 || src[len(src)-1] != '\n')
	p.initBuffers(len(src))
	tree, err := p.run()
	if err != nil {
		return nil, err
	}
	return &Result{Tree: tree.(Mod), Warnings: p.allWarnings()}, nil
}

// ParseScript parses src as python3.11 parses the script file it runs
// (python3.11 file.py): like Parse, except that CPython's file-reading
// tokenizer puts an error at the end of the input at column 0.
func ParseScript(src []byte, filename string) (*Result, *SyntaxError) {
	p := &parser{tz: NewTokenizerFile(src, filename), filename: filename, mode: ModeExec, script: true}
	p.initBuffers(len(src))
	p.emptySrc = len(src) == 0
	tree, err := p.run()
	if err != nil {
		return nil, err
	}
	return &Result{Tree: tree.(Mod), Warnings: p.allWarnings()}, nil
}

// ParseString parses src as compile() parses a str: the text is already
// decoded, so a BOM or coding declaration in it is ignored, and error
// offsets count code points (for bytes without a declaration, CPython's
// and Parse's count bytes).
func ParseString(src, filename string, mode Mode) (*Result, *SyntaxError) {
	p := &parser{tz: NewTokenizerString(src, filename), filename: filename, mode: mode}
	p.initBuffers(len(src))
	p.emptySrc = len(src) == 0
	p.noFinalNL = mode != ModeExec && (len(src) == 0 || src[len(src)-1] != '\n')
	tree, err := p.run()
	if err != nil {
		return nil, err
	}
	return &Result{Tree: tree.(Mod), Warnings: p.allWarnings()}, nil
}

// initBuffers sizes the token buffer and memo tables for a source of n
// bytes (about six bytes per token in the stdlib), so that they rarely
// grow.
func (p *parser) initBuffers(n int) {
	c := n/7 + 64
	p.toks = make([]Token, 0, c)
	p.levels = make([]int16, 0, c)
	p.memo.pool = make([]memoEntry, 0, c)
}

// allWarnings merges the tokenizer's warnings with the parser's in source
// order, the order CPython issues them in as it reads the tokens.
func (p *parser) allWarnings() []Warning {
	tw := p.tz.Warnings()
	if len(tw) == 0 {
		return p.warnings
	}
	all := append(append([]Warning{}, tw...), p.warnings...)
	for i := range tw {
		all[i].Err = p.tz.WarningAsError(tw[i])
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Lineno != all[j].Lineno {
			return all[i].Lineno < all[j].Lineno
		}
		return all[i].Col < all[j].Col
	})
	return all
}

// run parses with the start rule of p.mode, and on failure runs the
// second, error-finding pass as _PyPegen_run_parser does.
func (p *parser) run() (res Node, err *SyntaxError) {
	res, err = p.pass()
	if (err != nil || res == nil) && p.parent == nil {
		// CPython issues a warning as it parses, so the first pass's are
		// issued even when the source turns out invalid (the second pass
		// finds the strings in its memo and warns no more).
		ws := p.allWarnings()
		defer func() {
			if err != nil && len(ws) > 0 {
				err.Warnings = ws
			}
		}()
	}
	if err != nil {
		if p.isTokenizerError(err) {
			return nil, p.fixTokenizerError(err)
		}
		return nil, p.checkRestOfSource(err)
	}
	if res != nil {
		if err == nil && p.mode == ModeSingle {
			err = p.checkSingle(res.(*Interactive))
		}
		return res, err
	}
	last := p.fill - 1
	p.pos = 0
	p.invalid = true
	p.memo.reset()
	_, err = p.pass()
	if err == nil {
		err = p.genericError(last)
		if k := p.toks[last].Kind; k == INDENT || k == DEDENT {
			// _PyPegen_set_syntax_error returns before checking the rest.
			return nil, err
		}
	}
	if p.isTokenizerError(err) {
		err = p.fixTokenizerError(err)
	} else {
		err = p.checkRestOfSource(err)
	}
	return nil, err
}

// pass runs the start rule once, turning a bailout into an error.
func (p *parser) pass() (res Node, err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			res, err = nil, b.err
		}
	}()
	p.depth = 0
	switch p.mode {
	case ModeExec:
		res = p.fileRule()
	case ModeEval:
		res = p.evalRule()
	case ModeSingle:
		res = p.interactiveRule()
	case ModeFuncType:
		res = p.funcTypeRule()
	case modeFString:
		if e := p.starExpressions(); e != nil {
			res = e
		}
	}
	return res, nil
}

// isTokenizerError reports whether err came from the tokenizer, which
// pegen never second-guesses.
func (p *parser) isTokenizerError(err *SyntaxError) bool {
	return p.tokErr != nil && err == p.tokErr
}

// fetch makes sure token i is in the buffer without examining it. It
// reports false if the tokenizer failed at or before i.
func (p *parser) fetch(i int) bool {
	for i >= len(p.toks) || p.asyncUnresolved() {
		if p.tokErr != nil {
			p.asyncLookaheadFailed()
			return i < len(p.toks)
		}
		t, err := p.tz.Next()
		if err != nil {
			p.asyncLookaheadFailed()
			p.tokErr = err
			if p.parent != nil {
				p.shiftError(err)
			}
			return i < len(p.toks)
		}
		if p.parent != nil {
			p.shiftToken(&t)
		}
		if t.Kind == NEWLINE && p.noFinalNL && p.parent == nil && p.sourceLine(t.Line+1) == "" {
			// Without exec mode's final newline CPython's tokenizer ends
			// the last line with no NEWLINE; in single mode pegen supplies
			// one in place of the ENDMARKER.
			if p.mode != ModeSingle {
				continue
			}
			t.Col, t.EndCol = -1, -1
			p.started = false
		} else if p.mode == ModeSingle {
			// pegen turns the first ENDMARKER after some input into the
			// NEWLINE that ends an interactive statement.
			if t.Kind == ENDMARKER && p.started {
				t.Kind = NEWLINE
				p.started = false
			} else if t.Kind != ENDMARKER {
				p.started = true
			}
		}
		if p.async != nil {
			p.asyncToken(&t)
		}
		switch t.Kind {
		case LPAR, LSQB, LBRACE:
			p.level++
		case RPAR, RSQB, RBRACE:
			p.level--
		}
		p.toks = append(p.toks, t)
		p.levels = append(p.levels, p.level)
	}
	return true
}

// at examines token i: it counts towards the furthest token seen, and a
// tokenizer error there is raised now, as pegen raises it when it fills
// that token.
func (p *parser) at(i int) *Token {
	if i >= len(p.toks) && !p.fetch(i) {
		if i >= p.fill {
			p.fill = i + 1
		}
		panic(bailout{p.tokErr})
	}
	if i >= p.fill {
		p.fill = i + 1
	}
	return &p.toks[i]
}

// peek returns the kind of the current token.
func (p *parser) peek() Kind {
	if p.pos < p.fill {
		return p.toks[p.pos].Kind // already examined: the fast path
	}
	return p.at(p.pos).Kind
}

// peekAt returns the kind of the token n places after the current one.
func (p *parser) peekAt(n int) Kind { return p.at(p.pos + n).Kind }

// cur returns the current token.
func (p *parser) cur() *Token { return p.at(p.pos) }

// accept consumes the current token if it has kind k.
func (p *parser) accept(k Kind) bool {
	if p.peek() == k {
		p.pos++
		return true
	}
	return false
}

// expect consumes a token of kind k and returns it, or nil.
func (p *parser) expect(k Kind) *Token {
	t := p.at(p.pos)
	if t.Kind == k {
		p.pos++
		return t
	}
	return nil
}

// acceptSoft consumes the NAME token spelled kw (a soft keyword).
func (p *parser) acceptSoft(kw string) bool {
	t := p.at(p.pos)
	if t.Kind == NAME && t.Val == kw {
		p.pos++
		return true
	}
	return false
}

// last returns the last consumed token.
func (p *parser) last() *Token { return &p.toks[p.pos-1] }

// span returns the position from token start to the last consumed token
// that is not NEWLINE, INDENT, DEDENT or ENDMARKER: pegen's EXTRA.
func (p *parser) span(start int) Pos {
	i := p.pos - 1
	for i > 0 {
		if k := p.toks[i].Kind; k != NEWLINE && k != INDENT && k != DEDENT && k != ENDMARKER {
			break
		}
		i--
	}
	s, e := &p.toks[start], &p.toks[i]
	return Pos{s.Line, s.Col, e.EndLine, e.EndCol}
}

// spanNodes returns the position from node a to node b.
func spanNodes(a, b *Pos) Pos {
	return Pos{a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset}
}

// enter counts one level of recursion and stops a parse nested too deeply
// for the Go stack; leave undoes it.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.at(p.pos)
		panic(bailout{&SyntaxError{Msg: "maximum recursion depth exceeded during compilation", Filename: p.filename,
			Lineno: t.Line, Offset: charOffset(p.sourceLine(t.Line), t.Col+1), Text: p.sourceLine(t.Line)}})
	}
}

func (p *parser) leave() { p.depth-- }

// shiftToken moves a token of an f-string sub-parser to its place in the
// enclosing source: lines shift by startLine-1, and columns by startCol on
// the first line only, judged by the token's end line as pegen does.
func (p *parser) shiftToken(t *Token) {
	if t.EndLine == 1 {
		t.Col += p.startCol
		t.EndCol += p.startCol
	}
	t.Line += p.startLine - 1
	t.EndLine += p.startLine - 1
}

// shiftError moves a tokenizer error of an f-string sub-parser.
func (p *parser) shiftError(e *SyntaxError) {
	if e.Lineno > 0 {
		e.Lineno += p.startLine - 1
	}
	if e.EndLineno > 0 {
		e.EndLineno += p.startLine - 1
	}
}

// sourceLine returns line n of the source, newline included, mapping the
// lines of an f-string sub-parser back to its own text.
func (p *parser) sourceLine(n int) string {
	if p.parent != nil {
		n -= p.startLine - 1
	}
	return p.tz.SourceLine(n)
}

// charOffset converts a 1-based byte offset in the error text to the
// 1-based code point offset CPython reports, as
// _PyPegen_byte_offset_to_character_offset does.
func charOffset(text string, off int) int {
	if off <= 0 {
		return off
	}
	if off > len(text)+1 {
		off = len(text) + 1
	}
	if off > len(text) {
		return utf8.RuneCountInString(text) + off - len(text)
	}
	// A partial sequence at the cut decodes as one replacement character.
	return utf8.RuneCountInString(text[:off])
}

// parseFStringExpr parses the text of one f-string replacement field.
func (p *parser) parseFStringExpr(src string, startLine, startCol int) (Expr, *SyntaxError) {
	root := p
	for root.parent != nil {
		root = root.parent
	}
	sub := &parser{tz: NewTokenizerString(src, p.filename), filename: p.filename, mode: modeFString,
		startLine: startLine, startCol: startCol, parent: root, flags: root.flags}
	if sub.flags.asyncHacksOn() {
		sub.async = &asyncHacks{pending: -1} // a new tokenizer: outside any 'async def'
	}
	res, err := sub.run()
	for _, w := range sub.tz.Warnings() {
		if w.Lineno == 1 {
			w.Col += startCol
		}
		w.Lineno += startLine - 1
		root.warnings = append(root.warnings, w)
	}
	if err != nil {
		return nil, err
	}
	return res.(Expr), nil
}

// warn records a compile-time warning located at tok.
func (p *parser) warn(category, msg string, at Token) {
	root := p
	for root.parent != nil {
		root = root.parent
	}
	err := root.makeError(ClassSyntaxError, msg, at.Line, at.Col+1, at.EndLine, at.EndCol+1)
	root.warnings = append(root.warnings, Warning{Category: category, Msg: msg, Lineno: at.Line, Col: at.Col, Err: err})
}

// errorAt builds a SyntaxError at tok.
func (p *parser) errorAt(tok Token, msg string) *SyntaxError {
	return p.makeError(ClassSyntaxError, msg, tok.Line, tok.Col+1, tok.EndLine, tok.EndCol+1)
}
