// Package tokenize implements _tokenize, whose TokenizerIter exposes the
// interpreter's own tokenizer to tokenize.py (and test_tokenize's C
// tokenizer tests), with CPython 3.11's token numbers, byte columns and
// "line" strings.
package tokenize

import (
	"strings"

	"krait/runtime"
	"krait/syntax"
)

// Module is the _tokenize module definition.
var Module = &runtime.ModuleDef{
	Name: "_tokenize",
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("TokenizerIter", iterType().Value())
		return nil
	},
}

var (
	tokIterType *runtime.Type
	newArgs     = runtime.Method{Name: "tokenizeriter", Sig: "source"}
)

// iterType creates the type on first import, so start-up pays nothing.
func iterType() *runtime.Type {
	if tokIterType == nil {
		tokIterType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_tokenize.TokenizerIter"},
			func(t *runtime.Type) {
				t.New = tokenizeriter_new
				t.Iter = func(v runtime.Value) (runtime.Value, *runtime.Exception) { return v, nil }
				t.Next = tokenizeriter_next
			})
	}
	return tokIterType
}

// tokIter walks the tokens of one source. bufStart is where CPython's
// tok->buf points: the first physical line of the current token group,
// which only moves when a line is read between tokens (not inside a
// string or after a backslash continuation).
type tokIter struct {
	runtime.Header
	tok      *syntax.Tokenizer
	prevEnd  int
	bufStart int
	done     bool
}

func tokenizeriter_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := newArgs.BindClinic(args, kw, "tokenizeriter")
	if err != nil {
		return runtime.Value{}, err
	}
	s, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("tokenizeriter() argument 'source' must be str, not %s", runtime.ArgTypeName(a[0]))
	}
	it := &tokIter{Header: runtime.HeaderFor(t), tok: syntax.NewTokenizerString(s.String(), "<string>")}
	return runtime.ValueOf(it), nil
}

func tokenizeriter_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	it := runtime.PtrOf[tokIter](v)
	if it.done {
		return runtime.Value{}, nil
	}
	tok, serr := it.tok.Next()
	if serr != nil {
		it.done = true
		if silentError(serr.Msg) {
			return runtime.Value{}, nil
		}
		return runtime.Value{}, runtime.SyntaxErrorException(serr)
	}
	if tok.Kind == syntax.ENDMARKER {
		it.done = true
		return runtime.Value{}, nil
	}
	return it.entry(tok), nil
}

// silentError reports errors that CPython 3.11's tokenizer signals only
// through its done code (E_DEDENT, E_TABSPACE, E_TOODEEP, E_EOF,
// E_LINECONT): TokenizerIter then just stops instead of raising.
func silentError(msg string) bool {
	for _, p := range []string{"unindent does not match", "inconsistent use of tabs", "too many levels of indentation",
		"was never closed", "unexpected EOF while parsing", "unexpected character after line continuation"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// entry builds the (string, type, lineno, end_lineno, col, end_col, line)
// tuple of one token.
func (it *tokIter) entry(tok syntax.Token) runtime.Value {
	src := it.tok.Source()
	text, col, endCol := "", -1, -1
	spanLine := tok.Line
	if tok.Col >= 0 {
		start := it.tok.LineOffset(tok.Line) + tok.Col
		end := it.tok.LineOffset(tok.EndLine) + tok.EndCol
		it.advanceBuf(src, start)
		text, col, endCol = src[start:end], tok.Col, tok.EndCol
		it.prevEnd = end
	} else {
		spanLine = tok.Line
		if off := it.tok.LineOffset(tok.Line); off >= it.prevEnd {
			it.advanceBuf(src, off)
		}
	}
	line := src[it.bufStart:lineEnd(src, it.tok.LineOffset(tok.EndLine))]
	return runtime.TupleValue(runtime.StrValue(text), runtime.Int(int64(tokenType(tok))),
		runtime.Int(int64(spanLine)), runtime.Int(int64(tok.EndLine)),
		runtime.Int(int64(col)), runtime.Int(int64(endCol)), runtime.StrValue(line))
}

// advanceBuf moves bufStart past every line break between the previous
// token and offset upto that is not a backslash continuation.
func (it *tokIter) advanceBuf(src string, upto int) {
	for i := it.prevEnd; i < upto; i++ {
		switch src[i] {
		case '#':
			for i+1 < upto && src[i+1] != '\n' {
				i++
			}
		case '\\':
			if i+1 < upto && src[i+1] == '\n' {
				i++
			}
		case '\n':
			it.bufStart = i + 1
		}
	}
}

// lineEnd returns the offset just past the physical line starting at off.
func lineEnd(src string, off int) int {
	if off < 0 {
		return len(src)
	}
	if n := strings.IndexByte(src[off:], '\n'); n >= 0 {
		return off + n + 1
	}
	return len(src)
}

// The token numbers of CPython 3.11's token module for the kinds whose
// numbering differs from Krait's.
const (
	pyENDMARKER = 0
	pyNAME      = 1
	pyNUMBER    = 2
	pySTRING    = 3
	pyNEWLINE   = 4
	pyINDENT    = 5
	pyDEDENT    = 6
	pyLPAR      = 7
	pyOP        = 54
	pyAWAIT     = 55
	pyASYNC     = 56
)

// tokenType maps a Krait token kind to CPython's exact token number:
// keywords are NAME except async and await, which 3.11's tokenizer still
// returns as ASYNC and AWAIT.
func tokenType(tok syntax.Token) int {
	switch k := tok.Kind; {
	case k == syntax.KwAsync:
		return pyASYNC
	case k == syntax.KwAwait:
		return pyAWAIT
	case k.IsKeyword(), k == syntax.NAME:
		return pyNAME
	case k >= syntax.LPAR && k <= syntax.COLONEQUAL:
		return pyLPAR + int(k-syntax.LPAR)
	case k == syntax.NUMBER:
		return pyNUMBER
	case k == syntax.STRING:
		return pySTRING
	case k == syntax.NEWLINE:
		return pyNEWLINE
	case k == syntax.INDENT:
		return pyINDENT
	case k == syntax.DEDENT:
		return pyDEDENT
	}
	return pyOP
}
