// This file turns string literal tokens into AST nodes. (Contract stub: the
// strings helper replaces the body.)

package syntax

// fstringHost is what string parsing needs from the parser: parsing the
// expression of an f-string replacement field, and recording warnings.
type fstringHost interface {
	// parseFStringExpr parses src, the text CPython hands to its sub-parser
	// for one replacement field (the expression wrapped in parentheses), in
	// the fstring start rule (star_expressions), with token positions offset
	// as CPython's starting_lineno and starting_col_offset offset them.
	parseFStringExpr(src string, startLine, startCol int) (Expr, *SyntaxError)
	// warn records a compile-time warning (e.g. DeprecationWarning
	// "invalid escape sequence '\d'") at the given token.
	warn(category, msg string, at Token)
	// errorAt builds a SyntaxError located at tok with the given message,
	// filling Filename and Text as the parser does for its own errors.
	errorAt(tok Token, msg string) *SyntaxError
}

// parseStrings builds the node for a run of adjacent STRING tokens: a
// Constant (str or bytes) or, when any is an f-string, a JoinedStr. It
// reports CPython's errors for mixing bytes and non-bytes, bad escapes and
// malformed f-strings.
func parseStrings(h fstringHost, toks []Token) (Expr, *SyntaxError) {
	first, last := toks[0], toks[len(toks)-1]
	return &Constant{Pos: Pos{first.Line, first.Col, last.EndLine, last.EndCol}, Value: first.Val}, nil
}
