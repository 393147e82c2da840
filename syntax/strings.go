// This file turns runs of adjacent STRING tokens into Constant and JoinedStr
// nodes, as CPython 3.11's _PyPegen_concatenate_strings and _PyPegen_parsestr
// (Parser/action_helpers.c, Parser/string_parser.c) do: prefixes, escape
// decoding, implicit concatenation and the errors and warnings they raise.
// F-string bodies are parsed in fstring.go.

package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// fstringHost is what string parsing needs from the parser: parsing the
// expression of an f-string replacement field, recording warnings, and
// building SyntaxErrors located as CPython locates them.
type fstringHost interface {
	// parseFStringExpr parses src, the text CPython hands to its sub-parser
	// for one replacement field (the expression wrapped in parentheses), in
	// the fstring start rule (star_expressions), with token positions offset
	// as CPython's starting_lineno and starting_col_offset offset them:
	// the first line of src is line startLine, and startCol is added to the
	// columns of tokens on that line (CPython 3.11 tests the tokenizer's
	// current line, i.e. a token's end line, against startLine). Errors of
	// the sub-parse get the "f-string: " prefix and columns made relative
	// again by subtracting startCol, as _PyPegen_raise_error_known_location
	// does for Py_fstring_input; their text is src, and their offsets stay
	// in bytes, since the sub-tokenizer has no encoding (python3.11 gives
	// offset 2, end offset 8 for f'{"é" a b}').
	parseFStringExpr(src string, startLine, startCol int) (Expr, *SyntaxError)
	// warn records a compile-time warning (e.g. DeprecationWarning
	// "invalid escape sequence '\d'") at the given token.
	warn(category, msg string, at Token)
	// errorAt builds a SyntaxError located at tok with the given message,
	// filling Filename and Text as the parser does for its own errors
	// (RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
	errorAt(tok Token, msg string) *SyntaxError
	// errorAtLastToken builds a SyntaxError as RAISE_SYNTAX_ERROR does, at
	// the last token the parser has fetched (p->tokens[p->fill-1]). CPython
	// raises most errors of string parsing this way; since the strings
	// rule is STRING+, that is the token just after the run of strings,
	// e.g. the NEWLINE or the ')'.
	errorAtLastToken(msg string) *SyntaxError
}

// parseStrings builds the node for a run of adjacent STRING tokens: a
// Constant (str or bytes) or, when any is an f-string, a JoinedStr. It
// reports CPython's errors for mixing bytes and non-bytes, bad escapes and
// malformed f-strings.
func parseStrings(h fstringHost, toks []Token) (Expr, *SyntaxError) {
	if len(toks) == 0 {
		return nil, &SyntaxError{Msg: "invalid syntax"}
	}
	sp := &stringParser{h: h, first: toks[0], last: toks[len(toks)-1]}
	return sp.concatenate(toks)
}

// stringParser carries what the helpers of one parseStrings call share.
type stringParser struct {
	h           fstringHost
	first, last Token
}

// raise reports msg where CPython's RAISE_SYNTAX_ERROR would.
func (sp *stringParser) raise(msg string) *SyntaxError {
	return sp.h.errorAtLastToken(msg)
}

// literal is one STRING token split into its prefix flags and body.
type literal struct {
	bytes, raw, fmode bool
	start, end        int // the body is tok.Val[start:end]
}

// splitLiteral reads the prefix and quotes of a STRING token's text.
func splitLiteral(val string) (literal, bool) {
	var lit literal
	i := 0
	for ; i < len(val) && val[i] != '\'' && val[i] != '"'; i++ {
		switch val[i] {
		case 'b', 'B':
			lit.bytes = true
		case 'r', 'R':
			lit.raw = true
		case 'f', 'F':
			lit.fmode = true
		case 'u', 'U':
		default:
			return lit, false
		}
	}
	if i >= len(val) || (val[i] != '\'' && val[i] != '"') || (lit.fmode && lit.bytes) {
		return lit, false
	}
	q := val[i]
	n := 1
	if len(val)-i >= 6 && val[i+1] == q && val[i+2] == q {
		n = 3
	}
	lit.start, lit.end = i+n, len(val)-n
	if lit.end < lit.start {
		return lit, false
	}
	for j := lit.end; j < len(val); j++ {
		if val[j] != q {
			return lit, false
		}
	}
	return lit, true
}

// concatenate joins the tokens as _PyPegen_concatenate_strings does.
func (sp *stringParser) concatenate(toks []Token) (Expr, *SyntaxError) {
	var b fstringBuilder
	var bytesVal []byte
	bytesMode := false
	for i, t := range toks {
		lit, ok := splitLiteral(t.Val)
		if !ok {
			return nil, sp.h.errorAt(t, "invalid string literal")
		}
		var s string
		if !lit.fmode {
			var err *SyntaxError
			if s, err = sp.decodeLiteral(t, lit); err != nil {
				return nil, err
			}
		}
		if i != 0 && bytesMode != lit.bytes {
			return nil, sp.raise("cannot mix bytes and nonbytes literals")
		}
		bytesMode = lit.bytes
		switch {
		case lit.fmode:
			if err := sp.concatFstring(&b, t, lit.start, lit.end, lit.raw); err != nil {
				return nil, err
			}
		case lit.bytes:
			bytesVal = append(bytesVal, s...)
		default:
			b.addLiteral(s)
		}
	}
	if bytesMode {
		return &Constant{Pos: spanOf(sp.first, sp.last), Value: Bytes(bytesVal)}, nil
	}
	return b.finish(sp.first, sp.last), nil
}

// spanOf is the span from the start of first to the end of last.
func spanOf(first, last Token) Pos {
	return Pos{first.Line, first.Col, last.EndLine, last.EndCol}
}

// decodeLiteral decodes the body of a str or bytes token (not an f-string):
// the value as a Go string (WTF-8 for str, raw bytes for bytes).
func (sp *stringParser) decodeLiteral(t Token, lit literal) (string, *SyntaxError) {
	body := t.Val[lit.start:lit.end]
	if lit.bytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= 0x80 {
				return "", sp.h.errorAt(t, "bytes can only contain ASCII literal characters")
			}
		}
	}
	if lit.bytes {
		if lit.raw || !strings.Contains(body, "\\") {
			return body, nil
		}
		return sp.decodeBytes(t, body)
	}
	if lit.raw || !strings.Contains(body, "\\") {
		return sp.checkedUTF8(body)
	}
	return sp.decodeStr(t, body)
}

// decodeStr decodes the escapes of a str body the way
// decode_unicode_with_escapes does, warning about the first invalid escape.
func (sp *stringParser) decodeStr(t Token, body string) (string, *SyntaxError) {
	if !strings.Contains(body, "\\") {
		if e := checkUTF8Runs(body); e != nil {
			return "", sp.raise("(unicode error) " + e.Error())
		}
		return body, nil
	}
	buf, e := escapeNonASCII(body)
	if e != nil {
		return "", sp.raise("(unicode error) " + e.Error())
	}
	out, warning, e := decodeUnicodeEscape(buf)
	if e != nil {
		return "", sp.raise("(unicode error) " + e.Error())
	}
	if warning != "" {
		sp.h.warn("DeprecationWarning", warning, t)
	}
	return out, nil
}

// checkedUTF8 returns s, or CPython's error if s is not valid UTF-8.
func (sp *stringParser) checkedUTF8(s string) (string, *SyntaxError) {
	if e := checkUTF8(s); e != nil {
		return "", sp.raise("(unicode error) " + e.Error())
	}
	return s, nil
}

// decodeBytes decodes the escapes of a bytes body as _PyBytes_DecodeEscape
// does.
func (sp *stringParser) decodeBytes(t Token, body string) (string, *SyntaxError) {
	out, warning, errMsg := decodeBytesEscape(body)
	if errMsg != "" {
		return "", sp.raise("(value error) " + errMsg)
	}
	if warning != "" {
		sp.h.warn("DeprecationWarning", warning, t)
	}
	return out, nil
}

// escapeNonASCII rewrites a str body into the pure-ASCII text CPython feeds
// to its unicode-escape codec: every non-ASCII character becomes a
// \UXXXXXXXX escape, and a backslash before one becomes \u005c. Positions
// in decoding errors count bytes of this text, so they match CPython's.
func escapeNonASCII(s string) ([]byte, *codecError) {
	buf := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		if s[i] == '\\' {
			buf = append(buf, '\\')
			i++
			if i >= len(s) || s[i] >= 0x80 {
				buf = append(buf, "u005c"...)
				if i >= len(s) {
					break
				}
			}
		}
		if s[i] < 0x80 {
			buf = append(buf, s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= 0x80 {
			j++
		}
		if e := checkUTF8(s[i:j]); e != nil {
			return nil, e
		}
		for _, r := range s[i:j] {
			buf = fmt.Appendf(buf, "\\U%08x", r)
		}
		i = j
	}
	return buf, nil
}

// codecError is a UnicodeDecodeError of the utf-8 or unicode-escape codec.
type codecError struct {
	codec      string
	start, end int // byte range of the bad input, end exclusive
	reason     string
	b          byte // the byte at start, for one-byte ranges
}

func (e *codecError) Error() string {
	if e.codec == "" {
		return e.reason
	}
	if e.end-e.start == 1 {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", e.codec, e.b, e.start, e.reason)
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", e.codec, e.start, e.end-1, e.reason)
}

// escapeError is a UnicodeDecodeError of the unicode-escape codec.
func escapeError(start, end int, reason string, b byte) *codecError {
	return &codecError{"unicodeescape", start, end, reason, b}
}

// simpleEscapes maps the one-character escapes to their values.
var simpleEscapes = [128]byte{
	'\\': '\\', '\'': '\'', '"': '"', 'b': '\b', 'f': '\f', 't': '\t',
	'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a',
}

// decodeUnicodeEscape decodes b (ASCII text from escapeNonASCII) as
// CPython 3.11's _PyUnicode_DecodeUnicodeEscapeInternal does. It returns the
// value in WTF-8 and the DeprecationWarning message for the first invalid
// escape ("" if none).
func decodeUnicodeEscape(b []byte) (string, string, *codecError) {
	out := make([]byte, 0, len(b))
	firstInvalid, octal := -1, false
	for i := 0; i < len(b); {
		c := b[i]
		i++
		if c != '\\' {
			out = append(out, c)
			continue
		}
		start := i - 1
		if i >= len(b) {
			return "", "", escapeError(start, i, "\\ at end of string", '\\')
		}
		c = b[i]
		i++
		switch {
		case c == '\n':
		case c < 128 && simpleEscapes[c] != 0:
			out = append(out, simpleEscapes[c])
		case c >= '0' && c <= '7':
			ch := rune(c - '0')
			for k := 0; k < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
				ch = ch<<3 + rune(b[i]-'0')
				i++
			}
			if ch > 0o377 && firstInvalid < 0 {
				firstInvalid, octal = i-3, true
			}
			out = appendWTF8(out, ch)
		case c == 'x' || c == 'u' || c == 'U':
			ch, j, e := hexEscape(b, start, i, c)
			if e != nil {
				return "", "", e
			}
			i = j
			out = appendWTF8(out, ch)
		case c == 'N':
			ch, j, e := nameEscape(b, start, i)
			if e != nil {
				return "", "", e
			}
			i = j
			out = appendWTF8(out, ch)
		default:
			if firstInvalid < 0 {
				firstInvalid = i - 1
			}
			out = append(out, '\\', c)
		}
	}
	return string(out), invalidEscapeWarning(b, firstInvalid, octal), nil
}

// invalidEscapeWarning words the DeprecationWarning for the invalid escape
// whose character (after the backslash) is at b[at].
func invalidEscapeWarning[T []byte | string](b T, at int, octal bool) string {
	if at < 0 {
		return ""
	}
	if octal {
		return fmt.Sprintf("invalid octal escape sequence '\\%s'", string(b[at:min(at+3, len(b))]))
	}
	return fmt.Sprintf("invalid escape sequence '\\%c'", b[at])
}

// hexEscape decodes the digits of \xXX, \uXXXX or \UXXXXXXXX; i is just past
// the escape letter.
func hexEscape(b []byte, start, i int, letter byte) (rune, int, *codecError) {
	count, reason := 2, "truncated \\xXX escape"
	switch letter {
	case 'u':
		count, reason = 4, "truncated \\uXXXX escape"
	case 'U':
		count, reason = 8, "truncated \\UXXXXXXXX escape"
	}
	var ch uint32 // unsigned: \Uffffffff must not wrap to a negative rune
	for ; count > 0; count-- {
		if i >= len(b) {
			return 0, i, escapeError(start, i, reason, b[start])
		}
		d := hexDigit(b[i])
		if d < 0 {
			return 0, i, escapeError(start, i, reason, b[start])
		}
		ch = ch<<4 + uint32(d)
		i++
	}
	if ch > utf8.MaxRune {
		return 0, i, escapeError(start, i, "illegal Unicode character", b[start])
	}
	return rune(ch), i, nil
}

// hexDigit is the value of a hex digit, or -1.
func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// NameEscapesAvailable, set by the runtime, reports whether \N{NAME}
// escapes can be decoded: CPython decodes them through the unicodedata
// module, and a program that blocked its import (sys.modules entry None)
// gets a SyntaxError for them. Nil means always.
var NameEscapesAvailable func() bool

// nameEscape decodes \N{NAME}; i is just past the N.
func nameEscape(b []byte, start, i int) (rune, int, *codecError) {
	reason := "malformed \\N character escape"
	if i >= len(b) || b[i] != '{' {
		return 0, i, escapeError(start, i, reason, b[start])
	}
	i++
	nameStart := i
	for i < len(b) && b[i] != '}' {
		i++
	}
	if i >= len(b) || i == nameStart {
		return 0, i, escapeError(start, i, reason, b[start])
	}
	name := string(b[nameStart:i])
	i++
	if NameEscapesAvailable != nil && !NameEscapesAvailable() {
		return 0, i, &codecError{reason: "\\N escapes not supported (can't load unicodedata module)"}
	}
	r, ok := lookupUnicodeName(name)
	if !ok {
		return 0, i, escapeError(start, i, "unknown Unicode character name", b[start])
	}
	return r, i, nil
}

// appendWTF8 appends r in UTF-8, encoding surrogates like any other code
// point (each one on its own, never paired), as Constant values require.
func appendWTF8(out []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(out, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(out, r)
}

// decodeBytesEscape decodes a bytes body (ASCII) as CPython 3.11's
// _PyBytes_DecodeEscape does. It returns the value, the DeprecationWarning
// for the first invalid escape ("" if none) and the ValueError message
// ("" if none).
func decodeBytesEscape(s string) (string, string, string) {
	out := make([]byte, 0, len(s))
	firstInvalid, octal := -1, false
	for i := 0; i < len(s); {
		c := s[i]
		i++
		if c != '\\' {
			out = append(out, c)
			continue
		}
		if i >= len(s) {
			return "", "", "Trailing \\ in string"
		}
		c = s[i]
		i++
		switch {
		case c == '\n':
		case c < 128 && simpleEscapes[c] != 0:
			out = append(out, simpleEscapes[c])
		case c >= '0' && c <= '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v<<3 + int(s[i]-'0')
				i++
			}
			if v > 0o377 && firstInvalid < 0 {
				firstInvalid, octal = i-3, true
			}
			out = append(out, byte(v))
		case c == 'x':
			if i+1 < len(s) && hexDigit(s[i]) >= 0 && hexDigit(s[i+1]) >= 0 {
				out = append(out, byte(hexDigit(s[i])<<4|hexDigit(s[i+1])))
				i += 2
				continue
			}
			return "", "", fmt.Sprintf("invalid \\x escape at position %d", i-2)
		default:
			if firstInvalid < 0 {
				firstInvalid = i - 1
			}
			out = append(out, '\\')
			i--
		}
	}
	return string(out), invalidEscapeWarning(s, firstInvalid, octal), ""
}

// checkUTF8 reports the first invalid UTF-8 sequence in s as CPython's
// strict utf-8 decoder words it. The tokenizer lets such bytes through in
// string literals; CPython rejects them only when it decodes the literal.
func checkUTF8(s string) *codecError {
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
			continue
		}
		size, reason, n := utf8Sequence(s[i:])
		if reason != "" {
			return &codecError{"utf-8", i, i + n, reason, s[i]}
		}
		i += size
	}
	return nil
}

// checkUTF8Runs checks each maximal run of non-ASCII bytes of s on its own,
// as decode_unicode_with_escapes does, so positions count from the run.
func checkUTF8Runs(s string) *codecError {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			continue
		}
		j := i
		for j < len(s) && s[j] >= 0x80 {
			j++
		}
		if e := checkUTF8(s[i:j]); e != nil {
			return e
		}
		i = j
	}
	return nil
}

// utf8Sequence examines the sequence that starts s (with a non-ASCII first
// byte): its size when valid, or CPython's reason and the length of the
// range it reports.
func utf8Sequence(s string) (size int, reason string, n int) {
	c := s[0]
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		size = 2
	case c >= 0xE0 && c <= 0xEF:
		size = 3
		if c == 0xE0 {
			lo = 0xA0 // overlong
		} else if c == 0xED {
			hi = 0x9F // surrogate
		}
	case c >= 0xF0 && c <= 0xF4:
		size = 4
		if c == 0xF0 {
			lo = 0x90 // overlong
		} else if c == 0xF4 {
			hi = 0x8F // beyond U+10FFFF
		}
	default:
		return 0, "invalid start byte", 1
	}
	for k := 1; k < size; k++ {
		if k >= len(s) {
			return 0, "unexpected end of data", len(s)
		}
		if b := s[k]; b < lo || b > hi {
			return 0, "invalid continuation byte", k
		}
		lo, hi = 0x80, 0xBF
	}
	return size, "", 0
}
