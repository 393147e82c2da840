// This file defines the tokens that the tokenizer hands to the parser.

package syntax

// Kind is a token's kind. Operators and hard keywords each have their own
// kind, so the parser switches on Kind and never compares strings for them;
// the soft keywords (match, case, _) stay NAME, as in CPython.
type Kind uint8

// The token kinds. The operator names are those of CPython's token module.
const (
	ENDMARKER Kind = iota
	NEWLINE
	INDENT
	DEDENT
	NAME
	NUMBER
	STRING
	TYPE_COMMENT

	// Operators and delimiters.
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	LBRACE           // {
	RBRACE           // }
	EQEQUAL          // ==
	NOTEQUAL         // != (and <> under barry_as_FLUFL, which Krait does not support)
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=

	// Hard keywords, in the order of keyword.kwlist.
	KwFalse
	KwNone
	KwTrue
	KwAnd
	KwAs
	KwAssert
	KwAsync
	KwAwait
	KwBreak
	KwClass
	KwContinue
	KwDef
	KwDel
	KwElif
	KwElse
	KwExcept
	KwFinally
	KwFor
	KwFrom
	KwGlobal
	KwIf
	KwImport
	KwIn
	KwIs
	KwLambda
	KwNonlocal
	KwNot
	KwOr
	KwPass
	KwRaise
	KwReturn
	KwTry
	KwWhile
	KwWith
	KwYield

	// OP is a character that is no token of the grammar ($, ?, !, `): the
	// generic OP CPython's tokenizer returns for it, which no rule accepts,
	// so the parser reports "invalid syntax" there.
	OP

	numKinds
)

// Keywords maps each hard keyword's spelling to its kind.
var Keywords = map[string]Kind{
	"False": KwFalse, "None": KwNone, "True": KwTrue, "and": KwAnd, "as": KwAs,
	"assert": KwAssert, "async": KwAsync, "await": KwAwait, "break": KwBreak,
	"class": KwClass, "continue": KwContinue, "def": KwDef, "del": KwDel,
	"elif": KwElif, "else": KwElse, "except": KwExcept, "finally": KwFinally,
	"for": KwFor, "from": KwFrom, "global": KwGlobal, "if": KwIf,
	"import": KwImport, "in": KwIn, "is": KwIs, "lambda": KwLambda,
	"nonlocal": KwNonlocal, "not": KwNot, "or": KwOr, "pass": KwPass,
	"raise": KwRaise, "return": KwReturn, "try": KwTry, "while": KwWhile,
	"with": KwWith, "yield": KwYield,
}

// Token is one token with its span. Lines are 1-based; columns are 0-based
// byte offsets into the UTF-8 source line, as CPython's tokens carry them.
type Token struct {
	Kind Kind
	// Val is the token's text: for NAME the identifier after NFKC
	// normalization; for NUMBER and STRING the literal exactly as written
	// (a STRING keeps its prefix and quotes); for operators and keywords
	// their spelling; empty for NEWLINE at end of file, INDENT, DEDENT and
	// ENDMARKER.
	Val     string
	Line    int
	Col     int
	EndLine int
	EndCol  int
}

// IsKeyword reports whether k is a hard keyword.
func (k Kind) IsKeyword() bool { return k >= KwFalse && k <= KwYield }
