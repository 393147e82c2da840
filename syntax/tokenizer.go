// This file defines the tokenizer. (Contract stub: the tokenizer helper replaces the body.)

package syntax

// Tokenizer turns Python source into tokens, one at a time, the way CPython's
// tokenizer does: it decodes the source (BOM, PEP 263 declaration), tracks
// indentation and open brackets, and reports lexical errors as *SyntaxError.
type Tokenizer struct {
	src      []byte
	filename string
}

// NewTokenizer returns a tokenizer over src. Decoding errors are reported by
// the first call to Next.
func NewTokenizer(src []byte, filename string) *Tokenizer {
	return &Tokenizer{src: src, filename: filename}
}

// Next returns the next token. After ENDMARKER or an error it keeps
// returning the same result.
func (t *Tokenizer) Next() (Token, *SyntaxError) {
	return Token{Kind: ENDMARKER}, nil
}

// SourceLine returns line n (1-based) of the decoded source with its line
// ending normalized to "\n", or "" past the end; SyntaxError.Text uses it.
func (t *Tokenizer) SourceLine(n int) string { return "" }

// OpenBrackets returns the brackets that are open at the current position,
// outermost first, for errors such as "'(' was never closed".
func (t *Tokenizer) OpenBrackets() []Token { return nil }
