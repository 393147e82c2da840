// This file defines the parser's options that compile() flags and
// ast.parse() arguments select: type comments, barry_as_FLUFL's '<>' and
// the feature version (the oldest grammar a source must keep to).

package syntax

// ParseFlags are the options of ParseWith and ParseStringWith.
type ParseFlags struct {
	// TypeComments makes the tokenizer return type comments, which the
	// parser stores in the tree (PyCF_TYPE_COMMENTS, ast.parse's
	// type_comments=True), and records "# type: ignore" comments.
	TypeComments bool
	// BarryAsBDFL accepts '<>' and rejects '!=' (CO_FUTURE_BARRY_AS_BDFL).
	BarryAsBDFL bool
	// FeatureVersion is the minor version of Python 3 whose grammar the
	// source must keep to (ast.parse's feature_version); 0 means current.
	FeatureVersion int
}

// ParseWith is Parse with options.
func ParseWith(src []byte, filename string, mode Mode, f ParseFlags) (*Result, *SyntaxError) {
	p := &parser{tz: NewTokenizer(src, filename), filename: filename, mode: mode}
	p.emptySrc = len(src) == 0
	p.noFinalNL = mode != ModeExec && (len(src) == 0 || src[len(src)-1] != '\n')
	return p.runWith(len(src), f)
}

// ParseStringWith is ParseString with options.
func ParseStringWith(src, filename string, mode Mode, f ParseFlags) (*Result, *SyntaxError) {
	p := &parser{tz: NewTokenizerString(src, filename), filename: filename, mode: mode}
	p.emptySrc = len(src) == 0
	p.noFinalNL = mode != ModeExec && (len(src) == 0 || src[len(src)-1] != '\n')
	return p.runWith(len(src), f)
}

func (p *parser) runWith(n int, f ParseFlags) (*Result, *SyntaxError) {
	p.flags = f
	if f.asyncHacksOn() {
		p.async = &asyncHacks{pending: -1}
	}
	p.tz.SetTypeComments(f.TypeComments)
	p.initBuffers(n)
	tree, err := p.run()
	if err != nil {
		return nil, err
	}
	if m, ok := tree.(*Module); ok {
		for _, ig := range p.tz.TypeIgnores() {
			m.TypeIgnores = append(m.TypeIgnores, &TypeIgnore{Lineno: ig.Lineno, Tag: ig.Tag})
		}
	}
	return &Result{Tree: tree.(Mod), Warnings: p.allWarnings()}, nil
}

// checkVersion fails a construct newer than the feature version (pegen's
// CHECK_VERSION): msg is e.g. "Async functions are". The error is at the
// last token read, as RAISE_SYNTAX_ERROR places it.
func (p *parser) checkVersion(minor int, msg string) {
	if p.flags.FeatureVersion > 0 && p.flags.FeatureVersion < minor {
		p.raiseHere(ClassSyntaxError, msg+" only supported in Python 3."+itoa(minor)+" and greater")
	}
}

// checkBarry is _PyPegen_check_barry_as_flufl for the NOTEQUAL token t:
// it reports whether t is not the inequality of the current mode, and
// raises the error of '!=' under barry_as_FLUFL.
func (p *parser) checkBarry(t *Token) bool {
	if p.flags.BarryAsBDFL {
		if t.Val == "!=" {
			p.raiseHere(ClassSyntaxError, "with Barry as BDFL, use '<>' instead of '!='")
		}
		return false
	}
	return t.Val == "<>"
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// checkFStringVersion fails f-strings before Python 3.6.
func (p *parser) checkFStringVersion(toks []Token) {
	if p.flags.FeatureVersion == 0 || p.flags.FeatureVersion >= 6 {
		return
	}
	for _, t := range toks {
		if lit, ok := splitLiteral(t.Val); ok && lit.fmode {
			p.checkVersion(6, "Format strings are")
		}
	}
}

func hasUnderscore(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			return true
		}
	}
	return false
}
