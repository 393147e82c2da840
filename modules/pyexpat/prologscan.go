// This file defines the tokenizer for the prolog and the DTD, modelled
// on expat's prologTok: declarations are read as a stream of small tokens
// (names, literals, punctuation), each of which the default handler
// receives separately.

package pyexpat

// scanProlog reads the token at s[i] outside element content. final
// says no more input follows.
func scanProlog(s []byte, i int, final, ns bool) (int, int) {
	if i >= len(s) {
		return tkNone, i
	}
	switch c := s[i]; c {
	case ' ', '\t', '\n', '\r':
		// A CR ending the input is kept apart: it may begin a CR LF
		// pair (expat splits it off even from the final input).
		j := skipSpace(s, i)
		if j == len(s) && s[j-1] == '\r' {
			if j-1 > i {
				return tkPrologS, j - 1
			}
			if !final {
				return tkPartial, j
			}
		}
		return tkPrologS, j
	case '<':
		return scanPrologLt(s, i, ns)
	case '"', '\'':
		for j := i + 1; j < len(s); {
			if s[j] != c {
				_, n, st := char(s, j)
				switch st {
				case chPartial:
					return tkPartialChar, j
				case chInvalid:
					return tkInvalid, j
				}
				j += n
				continue
			}
			j++
			if j >= len(s) {
				if final {
					return tkLiteral, j
				}
				return tkPartial, j
			}
			switch s[j] {
			case ' ', '\t', '\n', '\r', '>', '%', '[':
				return tkLiteral, j
			}
			return tkInvalid, j
		}
		return tkPartial, len(s)
	case '%':
		if i+1 >= len(s) {
			return tkPartial, i + 1
		}
		if isSpace(s[i+1]) || s[i+1] == '%' {
			return tkPercent, i + 1
		}
		k, kind := scanName(s, i+1, true)
		if ns {
			if c := colonIn(s, i+1, k); c >= 0 {
				return tkInvalid, c
			}
		}
		if kind != tkName {
			return needOrInvalid(s, k, kind)
		}
		if s[k] != ';' {
			return tkInvalid, k
		}
		return tkPERef, k + 1
	case '[':
		return tkOpenBracket, i + 1
	case ']':
		// "]]>" closes a conditional section (expat's
		// XML_TOK_COND_SECT_CLOSE).
		if i+1 >= len(s) {
			if final {
				return tkCloseBracket, i + 1
			}
			return tkPartial, i + 1
		}
		if s[i+1] == ']' {
			if i+2 >= len(s) {
				if final {
					return tkCloseBracket, i + 1
				}
				return tkPartial, i + 2
			}
			if s[i+2] == '>' {
				return tkCondClose, i + 3
			}
		}
		return tkCloseBracket, i + 1
	case '(':
		return tkOpenParen, i + 1
	case ')':
		if i+1 >= len(s) {
			if final {
				return tkCloseParen, i + 1
			}
			return tkPartial, i + 1
		}
		switch s[i+1] {
		case '*', '+', '?':
			return tkCloseParen, i + 2
		case ' ', '\t', '\r', '\n', '>', ',', '|', ')':
			return tkCloseParen, i + 1
		}
		return tkInvalid, i + 1
	case '|':
		return tkOr, i + 1
	case ',':
		return tkComma, i + 1
	case '>':
		return tkDeclClose, i + 1
	case '#':
		k, kind := scanName(s, i+1, true)
		if ns {
			if c := colonIn(s, i+1, k); c >= 0 {
				return tkInvalid, c
			}
		}
		if kind != tkName {
			if kind == tkPartial && final && k > i+1 {
				return tkPoundName, k
			}
			return needOrInvalid(s, k, kind)
		}
		switch s[k] {
		case ' ', '\t', '\r', '\n', ')', '>', '%', '|':
			return tkPoundName, k
		}
		return tkInvalid, k
	}
	k, kind := scanName(s, i, false)
	switch kind {
	case tkInvalid:
		return tkInvalid, i
	case tkPartial:
		if final && !(ns && s[k-1] == ':') {
			if r, _, _ := char(s, i); !isNameStartRune(r) {
				return tkNmtoken, k
			}
			return tkName, k
		}
		return kind, k
	case tkPartialChar:
		return kind, k
	}
	tok := tkName
	if r, _, _ := char(s, i); !isNameStartRune(r) || ns && (r == ':' || badPrefixed(s, i, k)) {
		tok = tkNmtoken
	}
	switch s[k] {
	case '?', '*', '+':
		if tok == tkNmtoken {
			return tkInvalid, k
		}
		return tkNameQuant, k + 1
	case '>', ')', ',', '|', '[', '%', ' ', '\t', '\r', '\n':
		if ns && tok == tkName && colonIn(s, i, k) >= 0 {
			return tkPrefixed, k
		}
		return tok, k
	}
	return tkInvalid, k
}

// scanPrologLt reads a token beginning with '<' in the prolog.
func scanPrologLt(s []byte, i int, ns bool) (int, int) {
	j := i + 1
	if j >= len(s) {
		return tkPartial, j
	}
	switch s[j] {
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
			return tkCondOpen, j + 1
		}
		// expat's scanDecl: ASCII name start characters, then white
		// space or a '%' that begins a reference.
		k := j
		for ; k < len(s); k++ {
			switch c := s[k]; {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' && !ns:
				continue
			case k > j && isSpace(c):
				return tkDeclOpen, k
			case k > j && c == '%':
				if k+1 >= len(s) {
					return tkPartial, k + 1
				}
				if isSpace(s[k+1]) || s[k+1] == '%' {
					return tkInvalid, k
				}
				return tkDeclOpen, k
			}
			return tkInvalid, k
		}
		return tkPartial, k
	}
	if s[j] >= 0xC0 && s[j] <= 0xF7 {
		// expat starts the root element at '<' and any UTF-8 lead
		// byte; the content tokenizer then judges the character.
		return tkInstanceStart, i
	}
	if k, kind := scanName(s, j, true); kind != tkInvalid || k > j {
		return tkInstanceStart, i
	}
	return tkInvalid, j
}

// badPrefixed reports whether the name s[i:end] is, for expat's
// namespace-aware prolog tokenizer, only a name token: it has two colons,
// or a colon not followed by a name character.
func badPrefixed(s []byte, i, end int) bool {
	colons := 0
	for j := i; j < end; j++ {
		if s[j] != ':' {
			continue
		}
		colons++
		if colons > 1 || j+1 >= end {
			return true
		}
	}
	return false
}
