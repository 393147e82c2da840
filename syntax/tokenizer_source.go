// This file gives tokenizer clients (the _tokenize module) the decoded
// source that token columns index, so they can slice a token's exact text
// and its physical lines.

package syntax

// Source returns the decoded, newline-normalized source the tokens refer
// to; it is empty until the first call of Next.
func (t *Tokenizer) Source() string { return t.src }

// LineOffset returns the byte offset in Source of line n (1-based), or -1
// when there is no such line.
func (t *Tokenizer) LineOffset(n int) int { return t.lineOffset(n) }
