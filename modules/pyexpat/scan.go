// This file defines the tokenizer for element content and CDATA
// sections, modelled on expat's contentTok and cdataSectionTok: the token
// boundaries decide how character data is split among handler calls, and
// the offsets of invalid tokens are where errors are reported.

package pyexpat

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tkNone         = iota // no input left
	tkPartial             // an incomplete token
	tkPartialChar         // an incomplete multi-byte character
	tkInvalid             // not well-formed; next is the offending offset
	tkData                // character data
	tkNewline             // a line break (CR, LF or CR LF)
	tkTrailingCR          // a CR at the end of the input
	tkTrailingRSQB        // ']' or ']]' at the end of the input
	tkStartTag
	tkEmptyTag
	tkEndTag
	tkCharRef
	tkEntityRef
	tkPI
	tkXMLDecl
	tkComment
	tkCdataStart
	tkCdataEnd
	// Prolog tokens.
	tkPrologS
	tkDeclOpen
	tkInstanceStart
	tkLiteral
	tkPERef
	tkPercent
	tkOpenBracket
	tkCloseBracket
	tkOpenParen
	tkCloseParen // ")" with an optional quantifier
	tkOr
	tkComma
	tkDeclClose
	tkName      // a name, with an optional quantifier
	tkNmtoken   // a name token that is not a name
	tkNameQuant // a name followed by '?', '*' or '+'
	tkPrefixed  // with namespace processing, a name with a prefix
	tkPoundName
	tkCondOpen
	tkCondClose
)

// Results of decoding one character.
const (
	chOK = iota
	chPartial
	chInvalid
)

// isXMLChar reports whether r may appear in an XML document.
func isXMLChar(r rune) bool {
	switch {
	case r < 0x20:
		return r == 0x9 || r == 0xA || r == 0xD
	case r <= 0xD7FF:
		return true
	case r < 0xE000:
		return false
	case r <= 0xFFFD:
		return true
	}
	return r >= 0x10000 && r <= 0x10FFFF
}

// char decodes the character at s[i].
func char(s []byte, i int) (rune, int, int) {
	c := s[i]
	if c < 0x80 {
		if c < 0x20 && c != 0x9 && c != 0xA && c != 0xD {
			return rune(c), 1, chInvalid
		}
		return rune(c), 1, chOK
	}
	r, n := utf8.DecodeRune(s[i:])
	if r == utf8.RuneError && n <= 1 {
		if !utf8.FullRune(s[i:]) && validPrefix(s[i:]) {
			return 0, 0, chPartial
		}
		return r, 1, chInvalid
	}
	if !isXMLChar(r) {
		return r, n, chInvalid
	}
	return r, n, chOK
}

// validPrefix reports whether s (shorter than a full character) could
// begin a valid UTF-8 sequence.
func validPrefix(s []byte) bool {
	c := s[0]
	var need int
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 2
	case c >= 0xE0 && c <= 0xEF:
		need = 3
	case c >= 0xF0 && c <= 0xF4:
		need = 4
	default:
		return false
	}
	if len(s) >= need {
		return false
	}
	for _, b := range s[1:] {
		if b&0xC0 != 0x80 {
			return false
		}
	}
	if len(s) >= 2 {
		switch {
		case c == 0xE0 && s[1] < 0xA0, c == 0xED && s[1] >= 0xA0,
			c == 0xF0 && s[1] < 0x90, c == 0xF4 && s[1] >= 0x90:
			return false
		}
	}
	return true
}

// asciiName classifies ASCII bytes: 2 name start, 1 other name
// character, 0 not in names.
var asciiName = func() (t [256]byte) {
	for c := 0; c < 0x80; c++ {
		switch {
		case isNameStartRune(rune(c)):
			t[c] = 2
		case isNameRune(rune(c)):
			t[c] = 1
		}
	}
	return t
}()

func isNameStartRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_' || r == ':'
	}
	return r < 0x10000 && unicode.Is(nameStartTable, r)
}

func isNameRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			r == '_' || r == ':' || r == '-' || r == '.'
	}
	// expat's tables have no supplementary name characters.
	return r < 0x10000 && unicode.Is(nameCharTable, r)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// scanName scans a name (start says whether its first character must be
// a name start character) from s[i]; it returns the end and a token kind:
// tkName, or tkPartial / tkPartialChar at the end of s, or tkInvalid with
// the end at the offending character when s[i] cannot start a name.
func scanName(s []byte, i int, start bool) (int, int) {
	j := i
	if start && j < len(s) && asciiName[s[j]] == 2 {
		j++
	}
	for j < len(s) && asciiName[s[j]] != 0 && j > i {
		j++ // the ASCII fast path
	}
	for j < len(s) {
		r, n, st := char(s, j)
		if st == chPartial {
			return j, tkPartialChar
		}
		ok := st == chOK && isNameRune(r)
		if j == i && start {
			ok = st == chOK && isNameStartRune(r)
		}
		if !ok {
			if j == i {
				return j, tkInvalid
			}
			return j, tkName
		}
		j += n
	}
	return j, tkPartial
}

// attrSpan locates one attribute in a start tag: the name, and the
// value between its quotes.
type attrSpan struct {
	name, nameEnd, val, valEnd int
}

// scanContent reads the token at s[i] in element content. attrs receives
// the attributes of a start tag.
func scanContent(s []byte, i int, attrs *[]attrSpan, ns bool) (int, int) {
	if i >= len(s) {
		return tkNone, i
	}
	switch s[i] {
	case '<':
		return scanLt(s, i, attrs, ns)
	case '&':
		return scanRef(s, i, ns)
	case '\r':
		if i+1 >= len(s) {
			return tkTrailingCR, i + 1
		}
		if s[i+1] == '\n' {
			return tkNewline, i + 2
		}
		return tkNewline, i + 1
	case '\n':
		return tkNewline, i + 1
	case ']':
		if i+1 >= len(s) {
			return tkTrailingRSQB, len(s)
		}
		if s[i+1] == ']' {
			if i+2 >= len(s) {
				return tkTrailingRSQB, len(s)
			}
			if s[i+2] == '>' {
				return tkInvalid, i + 2
			}
		}
		return scanData(s, i+1, i)
	}
	return scanData(s, i, i)
}

// scanData reads character data from s[j] (the token began at start).
func scanData(s []byte, j, start int) (int, int) {
	for j < len(s) {
		c := s[j]
		if c < 0x80 {
			switch c {
			case '<', '&', '\r', '\n':
				return tkData, j
			case ']':
				if j+1 < len(s) && s[j+1] != ']' {
					j++
					continue
				}
				if j+2 < len(s) && s[j+1] == ']' {
					if s[j+2] != '>' {
						j++
						continue
					}
					return tkInvalid, j + 2
				}
				return dataOrStop(j, start)
			}
			if c < 0x20 && c != '\t' {
				return dataOrStop(j, start)
			}
			j++
			continue
		}
		_, n, st := char(s, j)
		if st != chOK {
			if j == start {
				if st == chPartial {
					return tkPartialChar, j
				}
				return tkInvalid, j
			}
			return tkData, j
		}
		j += n
	}
	return tkData, j
}

func dataOrStop(j, start int) (int, int) {
	if j == start {
		return tkInvalid, j
	}
	return tkData, j
}

// needMore is the result for input that ends inside a token at j.
func needMore(s []byte, j int) (int, int) {
	if j < len(s) {
		_, _, st := char(s, j)
		if st == chPartial {
			return tkPartialChar, j
		}
	}
	return tkPartial, j
}

// skipSpace skips white space from s[j].
func skipSpace(s []byte, j int) int {
	for j < len(s) && isSpace(s[j]) {
		j++
	}
	return j
}

// scanLt reads a token that begins with '<' in content.
func scanLt(s []byte, i int, attrs *[]attrSpan, ns bool) (int, int) {
	j := i + 1
	if j >= len(s) {
		return tkPartial, j
	}
	switch s[j] {
	case '/':
		if ns && j+1 < len(s) && s[j+1] == ':' {
			return tkInvalid, j + 1
		}
		return scanEndTag(s, j+1)
	case '?':
		return scanPI(s, j+1, ns)
	case '!':
		j++
		if j >= len(s) {
			return tkPartial, j
		}
		switch s[j] {
		case '-':
			return scanComment(s, j+1)
		case '[':
			return scanCdataOpen(s, j+1)
		}
		return tkInvalid, j
	}
	return scanStartTag(s, j, attrs, ns)
}

// scanStartTag reads a start tag or empty-element tag whose name begins
// at s[j].
func scanStartTag(s []byte, j int, attrs *[]attrSpan, ns bool) (int, int) {
	*attrs = (*attrs)[:0]
	if ns && s[j] == ':' {
		return tkInvalid, j
	}
	k, kind := scanName(s, j, true)
	if kind != tkName {
		return needOrInvalid(s, k, kind)
	}
	if ns {
		if bad := qnameError(s, j, k); bad >= 0 {
			return tkInvalid, bad
		}
	}
	j = k
	for {
		if j >= len(s) {
			return tkPartial, j
		}
		switch c := s[j]; {
		case c == '>':
			return tkStartTag, j + 1
		case c == '/':
			if j+1 >= len(s) {
				return tkPartial, j + 1
			}
			if s[j+1] != '>' {
				return tkInvalid, j + 1
			}
			return tkEmptyTag, j + 2
		case isSpace(c):
			j = skipSpace(s, j)
			if j >= len(s) {
				return tkPartial, j
			}
			if s[j] == '>' || s[j] == '/' {
				continue
			}
			var kind int
			j, kind = scanAttr(s, j, attrs, ns)
			if kind != tkName {
				return kind, j
			}
		default:
			if _, _, st := char(s, j); st == chPartial {
				return tkPartialChar, j
			}
			return tkInvalid, j
		}
	}
}

func needOrInvalid(s []byte, k, kind int) (int, int) {
	if kind == tkPartial || kind == tkPartialChar {
		return kind, k
	}
	return tkInvalid, k
}

// scanAttr reads one attribute from s[j]; it returns tkName when the
// attribute was complete.
func scanAttr(s []byte, j int, attrs *[]attrSpan, ns bool) (int, int) {
	var a attrSpan
	a.name = j
	if ns && s[j] == ':' {
		return j, tkInvalid
	}
	k, kind := scanName(s, j, true)
	if kind != tkName {
		kind, k = needOrInvalid(s, k, kind)
		return k, kind
	}
	if ns {
		if bad := qnameError(s, j, k); bad >= 0 {
			return bad, tkInvalid
		}
	}
	a.nameEnd = k
	j = skipSpace(s, k)
	if j >= len(s) {
		return j, tkPartial
	}
	if s[j] != '=' {
		return j, tkInvalid
	}
	j = skipSpace(s, j+1)
	if j >= len(s) {
		return j, tkPartial
	}
	q := s[j]
	if q != '"' && q != '\'' {
		return j, tkInvalid
	}
	j++
	a.val = j
	for {
		if j >= len(s) {
			return j, tkPartial
		}
		c := s[j]
		if c == q {
			break
		}
		switch c {
		case '<':
			return j, tkInvalid
		case '&':
			kind, end := scanRef(s, j, ns)
			if kind != tkCharRef && kind != tkEntityRef {
				return end, kind
			}
			j = end
			continue
		}
		_, n, st := char(s, j)
		switch st {
		case chPartial:
			return j, tkPartialChar
		case chInvalid:
			return j, tkInvalid
		}
		j += n
	}
	a.valEnd = j
	*attrs = append(*attrs, a)
	j++
	if j >= len(s) {
		return j, tkPartial
	}
	if c := s[j]; !isSpace(c) && c != '>' && c != '/' {
		return j, tkInvalid
	}
	return j, tkName
}

// scanEndTag reads an end tag whose name begins at s[j].
func scanEndTag(s []byte, j int) (int, int) {
	k, kind := scanName(s, j, true)
	if kind != tkName {
		return needOrInvalid(s, k, kind)
	}
	k = skipSpace(s, k)
	if k >= len(s) {
		return tkPartial, k
	}
	if s[k] != '>' {
		return tkInvalid, k
	}
	return tkEndTag, k + 1
}

// scanRef reads a character or entity reference at s[i] ('&').
func scanRef(s []byte, i int, ns bool) (int, int) {
	j := i + 1
	if j >= len(s) {
		return tkPartial, j
	}
	if s[j] != '#' {
		k, kind := scanName(s, j, true)
		if ns {
			if c := colonIn(s, j, k); c >= 0 {
				return tkInvalid, c
			}
		}
		if kind != tkName {
			return needOrInvalid(s, k, kind)
		}
		if s[k] != ';' {
			return tkInvalid, k
		}
		return tkEntityRef, k + 1
	}
	j++
	if j >= len(s) {
		return tkPartial, j
	}
	hex := false
	if s[j] == 'x' {
		hex = true
		j++
	}
	first := j
	for ; j < len(s); j++ {
		c := s[j]
		if c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			continue
		}
		if c == ';' && j > first {
			return tkCharRef, j + 1
		}
		return tkInvalid, j
	}
	return tkPartial, j
}

// scanPI reads a processing instruction whose target begins at s[j].
func scanPI(s []byte, j int, ns bool) (int, int) {
	tstart := j
	k, kind := scanName(s, j, true)
	if ns {
		if c := colonIn(s, j, k); c >= 0 {
			return tkInvalid, c
		}
	}
	if kind != tkName {
		return needOrInvalid(s, k, kind)
	}
	tok := tkPI
	switch t := string(s[tstart:k]); {
	case t == "xml":
		tok = tkXMLDecl
	case len(t) == 3 && (t[0]|0x20) == 'x' && (t[1]|0x20) == 'm' && (t[2]|0x20) == 'l':
		return tkInvalid, k
	}
	switch c := s[k]; {
	case c == '?':
		if k+1 >= len(s) {
			return tkPartial, k + 1
		}
		if s[k+1] != '>' {
			return tkInvalid, k + 1
		}
		return tok, k + 2
	case !isSpace(c):
		return tkInvalid, k
	}
	for j = k + 1; j < len(s); {
		if s[j] == '?' {
			if j+1 >= len(s) {
				return tkPartial, j + 1
			}
			if s[j+1] == '>' {
				return tok, j + 2
			}
			j++
			continue
		}
		_, n, st := char(s, j)
		switch st {
		case chPartial:
			return tkPartialChar, j
		case chInvalid:
			return tkInvalid, j
		}
		j += n
	}
	return tkPartial, j
}

// scanComment reads a comment; s[j] follows "<!-".
func scanComment(s []byte, j int) (int, int) {
	if j >= len(s) {
		return tkPartial, j
	}
	if s[j] != '-' {
		return tkInvalid, j
	}
	for j++; j < len(s); {
		if s[j] == '-' {
			if j+1 >= len(s) {
				return tkPartial, j + 1
			}
			if s[j+1] == '-' {
				if j+2 >= len(s) {
					return tkPartial, j + 2
				}
				if s[j+2] != '>' {
					return tkInvalid, j + 2
				}
				return tkComment, j + 3
			}
		}
		_, n, st := char(s, j)
		switch st {
		case chPartial:
			return tkPartialChar, j
		case chInvalid:
			return tkInvalid, j
		}
		j += n
	}
	return tkPartial, j
}

// scanCdataOpen reads "CDATA[" after "<![".
func scanCdataOpen(s []byte, j int) (int, int) {
	const want = "CDATA["
	for k := 0; k < len(want); k, j = k+1, j+1 {
		if j >= len(s) {
			return tkPartial, j
		}
		if s[j] != want[k] {
			return tkInvalid, j
		}
	}
	return tkCdataStart, j
}

// scanCdata reads the token at s[i] inside a CDATA section.
func scanCdata(s []byte, i int) (int, int) {
	if i >= len(s) {
		return tkNone, i
	}
	switch s[i] {
	case ']':
		if i+1 >= len(s) {
			return tkPartial, i + 1
		}
		if s[i+1] == ']' {
			if i+2 >= len(s) {
				return tkPartial, i + 2
			}
			if s[i+2] == '>' {
				return tkCdataEnd, i + 3
			}
		}
		return scanCdataData(s, i+1, i)
	case '\r':
		if i+1 >= len(s) {
			return tkPartial, i + 1
		}
		if s[i+1] == '\n' {
			return tkNewline, i + 2
		}
		return tkNewline, i + 1
	case '\n':
		return tkNewline, i + 1
	}
	return scanCdataData(s, i, i)
}

func scanCdataData(s []byte, j, start int) (int, int) {
	for j < len(s) {
		c := s[j]
		if c == ']' || c == '\r' || c == '\n' {
			return tkData, j
		}
		_, n, st := char(s, j)
		if st != chOK {
			if j == start {
				if st == chPartial {
					return tkPartialChar, j
				}
				return tkInvalid, j
			}
			return tkData, j
		}
		j += n
	}
	return tkData, j
}

// qnameError applies the name rules of expat's namespace-aware
// tokenizer to the name s[i:end]: at most one colon, not first, and
// followed by a name start character. It returns the offset of the first
// offending character, or -1.
func qnameError(s []byte, i, end int) int {
	colon := false
	for j := i; j < end; j++ {
		if s[j] != ':' {
			continue
		}
		if j == i || colon {
			return j
		}
		colon = true
		if j+1 >= end {
			return end
		}
		if r, _, _ := char(s, j+1); !isNameStartRune(r) || r == ':' {
			return j + 1
		}
	}
	return -1
}

// colonIn returns the offset of the first colon in s[i:end], or -1: with
// namespace processing expat takes a colon in an entity reference or a
// processing instruction target as not well-formed.
func colonIn(s []byte, i, end int) int {
	for j := i; j < end; j++ {
		if s[j] == ':' {
			return j
		}
	}
	return -1
}
