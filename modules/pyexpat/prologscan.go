// This file defines the tokenizer for the prolog and the DTD, modelled
// on expat's prologTok: declarations are read as a stream of small tokens
// (names, literals, punctuation), each of which the default handler
// receives separately.

package pyexpat

// scanProlog reads the token at s[i] outside element content. final
// says no more input follows.
func scanProlog(s []byte, i int, final bool) (int, int) {
	if i >= len(s) {
		return tkNone, i
	}
	switch c := s[i]; c {
	case ' ', '\t', '\n', '\r':
		j := skipSpace(s, i)
		if j == len(s) && s[j-1] == '\r' && !final {
			if j-1 == i {
				return tkPartial, j
			}
			j--
		}
		return tkPrologS, j
	case '<':
		return scanPrologLt(s, i)
	case '"', '\'':
		for j := i + 1; j < len(s); j++ {
			if s[j] == c {
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
		}
		return tkPartial, len(s)
	case '%':
		if i+1 >= len(s) {
			return tkPartial, i + 1
		}
		if isSpace(s[i+1]) {
			return tkPercent, i + 1
		}
		k, kind := scanName(s, i+1, true)
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
		}
		return tkCloseParen, i + 1
	case '|':
		return tkOr, i + 1
	case ',':
		return tkComma, i + 1
	case '>':
		return tkDeclClose, i + 1
	case '#':
		k, kind := scanName(s, i+1, true)
		if kind != tkName {
			return needOrInvalid(s, k, kind)
		}
		return tkPoundName, k
	}
	k, kind := scanName(s, i, false)
	switch kind {
	case tkInvalid:
		return tkInvalid, i
	case tkPartial:
		if final {
			return tkName, k
		}
		return kind, k
	case tkPartialChar:
		return kind, k
	}
	switch s[k] {
	case '?', '*', '+':
		return tkName, k + 1
	case '>', ')', ',', '|', '[', '%', ' ', '\t', '\r', '\n':
		return tkName, k
	}
	return tkInvalid, k
}

// scanPrologLt reads a token beginning with '<' in the prolog.
func scanPrologLt(s []byte, i int) (int, int) {
	j := i + 1
	if j >= len(s) {
		return tkPartial, j
	}
	switch s[j] {
	case '?':
		return scanPI(s, j+1)
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
		// expat's scanDecl: letters, then white space or '%'.
		k := j
		for ; k < len(s); k++ {
			switch c := s[k]; {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				continue
			case isSpace(c) || c == '%':
				if k == j {
					return tkInvalid, k
				}
				return tkDeclOpen, k
			}
			return tkInvalid, k
		}
		return tkPartial, k
	}
	_, _, st := char(s, j)
	if st == chPartial {
		return tkPartialChar, j
	}
	if k, kind := scanName(s, j, true); kind != tkInvalid || k > j {
		return tkInstanceStart, i
	}
	return tkInvalid, j
}
