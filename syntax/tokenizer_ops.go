// This file defines the tables of operators and keywords the tokenizer
// recognizes (CPython's PyToken_OneChar, TwoChars and ThreeChars).

package syntax

// oneChar is PyToken_OneChar.
func oneChar(c int) Kind {
	switch c {
	case '%':
		return PERCENT
	case '&':
		return AMPER
	case '(':
		return LPAR
	case ')':
		return RPAR
	case '*':
		return STAR
	case '+':
		return PLUS
	case ',':
		return COMMA
	case '-':
		return MINUS
	case '.':
		return DOT
	case '/':
		return SLASH
	case ':':
		return COLON
	case ';':
		return SEMI
	case '<':
		return LESS
	case '=':
		return EQUAL
	case '>':
		return GREATER
	case '@':
		return AT
	case '[':
		return LSQB
	case ']':
		return RSQB
	case '^':
		return CIRCUMFLEX
	case '{':
		return LBRACE
	case '|':
		return VBAR
	case '}':
		return RBRACE
	case '~':
		return TILDE
	}
	return OP
}

// twoChars is PyToken_TwoChars; OP means no two-character token.
func twoChars(c1, c2 int) Kind {
	switch c1 {
	case '!':
		if c2 == '=' {
			return NOTEQUAL
		}
	case '%':
		if c2 == '=' {
			return PERCENTEQUAL
		}
	case '&':
		if c2 == '=' {
			return AMPEREQUAL
		}
	case '*':
		switch c2 {
		case '*':
			return DOUBLESTAR
		case '=':
			return STAREQUAL
		}
	case '+':
		if c2 == '=' {
			return PLUSEQUAL
		}
	case '-':
		switch c2 {
		case '=':
			return MINEQUAL
		case '>':
			return RARROW
		}
	case '/':
		switch c2 {
		case '/':
			return DOUBLESLASH
		case '=':
			return SLASHEQUAL
		}
	case ':':
		if c2 == '=' {
			return COLONEQUAL
		}
	case '<':
		switch c2 {
		case '<':
			return LEFTSHIFT
		case '=':
			return LESSEQUAL
		case '>':
			return NOTEQUAL
		}
	case '=':
		if c2 == '=' {
			return EQEQUAL
		}
	case '>':
		switch c2 {
		case '=':
			return GREATEREQUAL
		case '>':
			return RIGHTSHIFT
		}
	case '@':
		if c2 == '=' {
			return ATEQUAL
		}
	case '^':
		if c2 == '=' {
			return CIRCUMFLEXEQUAL
		}
	case '|':
		if c2 == '=' {
			return VBAREQUAL
		}
	}
	return OP
}

// threeChars is PyToken_ThreeChars; OP means no three-character token.
func threeChars(c1, c2, c3 int) Kind {
	if c3 != '=' {
		if c1 == '.' && c2 == '.' && c3 == '.' {
			return ELLIPSIS
		}
		return OP
	}
	switch {
	case c1 == '*' && c2 == '*':
		return DOUBLESTAREQUAL
	case c1 == '.' && c2 == '.':
		return OP
	case c1 == '/' && c2 == '/':
		return DOUBLESLASHEQUAL
	case c1 == '<' && c2 == '<':
		return LEFTSHIFTEQUAL
	case c1 == '>' && c2 == '>':
		return RIGHTSHIFTEQUAL
	}
	return OP
}

// keywordKind returns the kind of the hard keyword s, or NAME; a switch
// is faster here than the Keywords map.
func keywordKind(s string) Kind {
	if len(s) < 2 || len(s) > 8 {
		return NAME
	}
	switch s {
	case "False":
		return KwFalse
	case "None":
		return KwNone
	case "True":
		return KwTrue
	case "and":
		return KwAnd
	case "as":
		return KwAs
	case "assert":
		return KwAssert
	case "async":
		return KwAsync
	case "await":
		return KwAwait
	case "break":
		return KwBreak
	case "class":
		return KwClass
	case "continue":
		return KwContinue
	case "def":
		return KwDef
	case "del":
		return KwDel
	case "elif":
		return KwElif
	case "else":
		return KwElse
	case "except":
		return KwExcept
	case "finally":
		return KwFinally
	case "for":
		return KwFor
	case "from":
		return KwFrom
	case "global":
		return KwGlobal
	case "if":
		return KwIf
	case "import":
		return KwImport
	case "in":
		return KwIn
	case "is":
		return KwIs
	case "lambda":
		return KwLambda
	case "nonlocal":
		return KwNonlocal
	case "not":
		return KwNot
	case "or":
		return KwOr
	case "pass":
		return KwPass
	case "raise":
		return KwRaise
	case "return":
		return KwReturn
	case "try":
		return KwTry
	case "while":
		return KwWhile
	case "with":
		return KwWith
	case "yield":
		return KwYield
	}
	return NAME
}
