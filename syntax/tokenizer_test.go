// This file tests the tokenizer against CPython 3.11's.

package syntax

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// kindName is the name of k in CPython's token module, as the C tokenizer
// reports it (keywords are NAME there).
func kindName(k Kind) string {
	switch {
	case k == KwAsync:
		return "ASYNC"
	case k == KwAwait:
		return "AWAIT"
	case k.IsKeyword():
		return "NAME"
	}
	names := [...]string{
		ENDMARKER: "ENDMARKER", NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT", NAME: "NAME",
		NUMBER: "NUMBER", STRING: "STRING", TYPE_COMMENT: "TYPE_COMMENT", LPAR: "LPAR", RPAR: "RPAR",
		LSQB: "LSQB", RSQB: "RSQB", COLON: "COLON", COMMA: "COMMA", SEMI: "SEMI", PLUS: "PLUS",
		MINUS: "MINUS", STAR: "STAR", SLASH: "SLASH", VBAR: "VBAR", AMPER: "AMPER", LESS: "LESS",
		GREATER: "GREATER", EQUAL: "EQUAL", DOT: "DOT", PERCENT: "PERCENT", LBRACE: "LBRACE",
		RBRACE: "RBRACE", EQEQUAL: "EQEQUAL", NOTEQUAL: "NOTEQUAL", LESSEQUAL: "LESSEQUAL",
		GREATEREQUAL: "GREATEREQUAL", TILDE: "TILDE", CIRCUMFLEX: "CIRCUMFLEX", LEFTSHIFT: "LEFTSHIFT",
		RIGHTSHIFT: "RIGHTSHIFT", DOUBLESTAR: "DOUBLESTAR", PLUSEQUAL: "PLUSEQUAL", MINEQUAL: "MINEQUAL",
		STAREQUAL: "STAREQUAL", SLASHEQUAL: "SLASHEQUAL", PERCENTEQUAL: "PERCENTEQUAL",
		AMPEREQUAL: "AMPEREQUAL", VBAREQUAL: "VBAREQUAL", CIRCUMFLEXEQUAL: "CIRCUMFLEXEQUAL",
		LEFTSHIFTEQUAL: "LEFTSHIFTEQUAL", RIGHTSHIFTEQUAL: "RIGHTSHIFTEQUAL",
		DOUBLESTAREQUAL: "DOUBLESTAREQUAL", DOUBLESLASH: "DOUBLESLASH",
		DOUBLESLASHEQUAL: "DOUBLESLASHEQUAL", AT: "AT", ATEQUAL: "ATEQUAL", RARROW: "RARROW",
		ELLIPSIS: "ELLIPSIS", COLONEQUAL: "COLONEQUAL", OP: "OP",
	}
	if int(k) < len(names) && names[k] != "" {
		return names[k]
	}
	return fmt.Sprintf("KIND%d", k)
}

// tokenLines renders the tokens of src in ctokens.py's format.
func tokenLines(src []byte) string {
	var sb strings.Builder
	t := NewTokenizer(src, "f")
	for i := 0; i < 10000000; i++ {
		tok, err := t.Next()
		if err != nil {
			fmt.Fprintf(&sb, "ERROR\x00%s\x00%s\x00%d\x00%d\n", err.Class, err.Msg, err.Lineno, err.Offset)
			break
		}
		if tok.Kind == ENDMARKER {
			break
		}
		val := tok.Val
		if tok.Kind == NEWLINE {
			val = ""
		}
		fmt.Fprintf(&sb, "%s\x00%s\x00%d\x00%d\x00%d\x00%d\n", kindName(tok.Kind), val, tok.Line, tok.Col, tok.EndLine, tok.EndCol)
	}
	return sb.String()
}

func tokNeedPython(t *testing.T) {
	if _, err := exec.LookPath("python3.11"); err != nil {
		t.Skip("python3.11 not found")
	}
}

// TestStdlibTokens compares the token streams of every .py file under
// /usr/lib/python3.11 with those of CPython's C tokenizer. Set
// KRAIT_TOKDIFF=1 to see where the first files differ.
func TestStdlibTokens(t *testing.T) {
	tokNeedPython(t)
	root := "/usr/lib/python3.11"
	if r := os.Getenv("KRAIT_TOKROOT"); r != "" {
		root = r // another tree of Python sources
	}
	if _, err := os.Stat(root); err != nil {
		t.Skip(root + " not found")
	}
	out, err := exec.Command("python3.11", "testdata/tokenizer/ctokens.py", root).Output()
	if err != nil {
		t.Fatalf("ctokens.py: %v", err)
	}
	total, match, skipped := 0, 0, 0
	var bad []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		path, want, _ := strings.Cut(sc.Text(), "\t")
		src, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		total++
		if want == skipHash {
			skipped++
			continue
		}
		h := sha1.Sum([]byte(tokenLines(src)))
		if hex.EncodeToString(h[:]) == want {
			match++
		} else {
			bad = append(bad, path)
		}
	}
	t.Logf("%d of %d files match CPython's token stream (%d undecodable skipped)", match, total, skipped)
	for i, p := range bad {
		if i < 30 {
			t.Logf("differs: %s", p)
		}
		if i < 10 && os.Getenv("KRAIT_TOKDIFF") != "" {
			t.Log(tokFirstDiff(p))
		}
	}
	if len(bad) > 0 {
		t.Errorf("%d files differ", len(bad))
	}
}

// skipHash is the hash of ctokens.py's "SKIP\n" (a file Python cannot decode).
var skipHash = func() string { h := sha1.Sum([]byte("SKIP\n")); return hex.EncodeToString(h[:]) }()

// tokFirstDiff shows the first token where path's streams differ.
func tokFirstDiff(path string) string {
	want, err := exec.Command("python3.11", "testdata/tokenizer/ctokens.py", path).Output()
	if err != nil {
		return err.Error()
	}
	src, _ := os.ReadFile(path)
	got := strings.ReplaceAll(tokenLines(src), "\x00", " ")
	wl, gl := strings.SplitAfter(string(want), "\n"), strings.SplitAfter(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("%s token %d:\n  want %q\n  got  %q", path, i, w, g)
		}
	}
	return path + ": same"
}

// tokErrorCases are sources on which the tokenizer, not the parser, decides
// what compile() reports: a lexical error, or warnings.
var tokErrorCases = []string{
	// Indentation.
	"if x:\n\ty\n        z\n",
	"if x:\n        y\n\tz\n",
	"if x:\n  a\n b\n",
	"if x:\n  a\n é\n",
	"# coding: utf-8\nif x:\n  a\n é\n",
	"if x:\n\f  a\n  b\n c\n",
	"if 1:\n  \\\n  x\n y\n",
	tokDeepIndent(101),
	tokDeepIndent(99),
	// Brackets.
	"(]", "(\n]", ")", "x = 1)", "[1, 2}", "{\n\n(\n)]",
	"x = (", "x = (\n1,\n", "f(a, [b,\n", "ééé = (", "# coding: latin-1\n\xe9\xe9 = (",
	"\xef\xbb\xbf\xc3\xa9\xc3\xa9 = (",
	strings.Repeat("(", 200) + strings.Repeat(")", 200),
	strings.Repeat("(", 201),
	// Line continuation.
	"a \\ b", "x\na \\ b", "x = 1\nyy = 2 + \\ b", "é \\ b", "# coding: utf-8\né \\ b",
	"a = \\", "x\n\\", "x = \\\n\n", "(\\ 1)", "(1 + \\", "(1 + \\\n", "x = [\n  \\", "if x:\n  \\",
	"\\ x", "if 1:\n  \\ x", "x = 1\n\\\n", "\\\n", "\\\n\\\n", "\\\nx", "  \\\n\n", "if 1:\n  \\\n  x\n",
	"if 1:\n  x\n  \\\n y\n", "\f\\\n x\n",
	// Characters.
	"a€b", "€", "x = a\xc2\xa0b", "x = \x01", "x = 1 \x7f", "$", "a ? b", "`x`",
	"x = \xff", "x = a\xffb", "x = a\xe2\x82b", "x = \xe2\x82", "# coding: latin-1\nx = \xa4",
	"x = a\u2028", "x = \u00b2", "\u212b = 1\nx = \u00b5", "x = 1\u00a0+ 2", "x = \U0001F600",
	// Strings.
	"'abc", "'''abc\n\n", "\"\"\"\nabc", "x = \"a\\\n", "x = \"\\\n", "x = 'a\n'",
	"s = f'''{x}\n", "b'abc\\'", "x = rb'\\'", "x = 'é\n", "\n\n  x = '''\n\n",
	// Numbers.
	"0x", "0xg", "1_", "1__0", "09", "0_7", "007", "1e", "1e+", "1.5e+x", "1abc", "0o8", "0o",
	"0o_8", "0b2", "0b1a", "0b", "1.e", "1jx", "1__", "0_", "0x_", "0x1_", "0e", "0jx",
	"1if x else y", "0x1for x in y", "1not in x", "1in x", "1is 2", "1else", "1andx",
	"0.5if 1 else 2", "0b1if 1 else 0", "0o7or 1", "[0x1for x in y]", "1_000.0_1j", "0xfor",
	"x = 1e5if 1 else 2", "x = 3jor 1", "1_if", "é = 1\nx = 12abc",
	// Decoding.
	"# coding: foo\n", "\xef\xbb\xbf# coding: latin-1\n", "# coding: ascii\nx = \"\xe9\"",
	"# coding: rot13\nk=1", "# coding: utf8\nx = '\xff'", "\xef\xbb\xbf# coding: utf8\n",
	"# coding: cp1252\nx = '\x81'", "a\x00b", "x = '\xe2\x82\xff' + 0x", "x = '\xe2\x82\xff' + (]",
	"x = b'\xe2\x82\xff' + 1_",
}

// tokDeepIndent is a source nested n levels deep.
func tokDeepIndent(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	sb.WriteString(strings.Repeat(" ", n) + "pass\n")
	return sb.String()
}

// tokCompileResult is what compile_errors.py reports for one source.
type tokCompileResult struct {
	Class     string  `json:"class"`
	Msg       string  `json:"msg"`
	Lineno    *int    `json:"lineno"`
	Offset    *int    `json:"offset"`
	EndLineno *int    `json:"end_lineno"`
	EndOffset *int    `json:"end_offset"`
	Text      *string `json:"text"`
	Warnings  [][]any `json:"warnings"`
}

func tokIntOr0(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// TestErrors checks the tokenizer's errors and warnings against compile().
func TestErrors(t *testing.T) {
	tokCheckErrors(t, tokErrorCases, "", NewTokenizer)
}

// tokFileErrorCases are sources whose errors differ when CPython reads a
// script file itself.
var tokFileErrorCases = []string{
	"x = 1\n\n# \xe9\n", "# coding: ascii\nx = \"\xe9\"", "# coding: foo\n", "\xef\xbb\xbf# coding: latin-1\n",
	"a\x00b", "a\nb = 1\x00", "x = (", "if x:\n  a\n b", "a \\ b", "x = \xc3\xa9\xff", "x = \"\xed\xa0\x80\"",
	"x = (]\n# \xff\n", "# coding: utf8\nx = \"\xff\"", "# coding: cp1252\nx = \"\x81\"", "é = (",
	"# coding: latin-1\n\xe9 = (", "0x", "\"\"\"abc", "if x:\n\ty\n        z\n", "x = \xe2\x82b",
}

// TestFileErrors checks the file mode against running scripts.
func TestFileErrors(t *testing.T) {
	tokCheckErrors(t, tokFileErrorCases, "file", NewTokenizerFile)
}

// tokEvalErrorCases are sources whose end differs in eval mode, where no
// final newline is added.
var tokEvalErrorCases = []string{
	"'abc", "(1 +", "1 + \\", "'''abc", "0x", "1 if x", "\u20ac", "(1,\n2", "x # c", "[1,\n\\", "1_",
	"'abc\n", "1 + \\\n", "0o8", "1if 2 else 3",
}

// TestEvalErrors checks the errors of eval mode.
func TestEvalErrors(t *testing.T) {
	tokCheckErrors(t, tokEvalErrorCases, "eval", func(src []byte, name string) *Tokenizer {
		tz := NewTokenizer(src, name)
		tz.SetMode(ModeEval)
		return tz
	})
}

// tokStrErrorCases are sources whose errors compile() of a str reports
// with other texts or offsets than for bytes.
var tokStrErrorCases = []string{
	"x = (\n1,\n", "x = (", "if x:\n  a\n b\n", "if x:\n  a\n b", "a \\ b", "é = (", "(1 + \\", "ééé \\ x",
	"if x:\n  é\n b\n", "x = \\\n", "\ufeffx = (", "# coding: latin-1\nx = (\n",
}

// TestStrErrors checks the errors of compile() of a str.
func TestStrErrors(t *testing.T) {
	tokCheckErrors(t, tokStrErrorCases, "str", func(src []byte, name string) *Tokenizer {
		return NewTokenizerString(string(src), name)
	})
}

// tokSingleErrorCases are checked in single mode.
var tokSingleErrorCases = []string{"'abc", "(1 +", "1 + \\", "'''abc", "0x", "(1,\n2", "x # c", "if x:\n  a\n b"}

// TestSingleErrors checks the errors of single mode.
func TestSingleErrors(t *testing.T) {
	tokCheckErrors(t, tokSingleErrorCases, "single", func(src []byte, name string) *Tokenizer {
		tz := NewTokenizer(src, name)
		tz.SetMode(ModeSingle)
		return tz
	})
}

// tokCheckErrors runs compile_errors.py over cases and compares.
func tokCheckErrors(t *testing.T, cases []string, mode string, newTok func([]byte, string) *Tokenizer) {
	tokNeedPython(t)
	var in []string
	for _, c := range cases {
		in = append(in, base64.StdEncoding.EncodeToString([]byte(c)))
	}
	js, _ := json.Marshal(in)
	args := []string{"testdata/tokenizer/compile_errors.py"}
	if mode != "" {
		args = append(args, mode)
	}
	cmd := exec.Command("python3.11", args...)
	cmd.Stdin = bytes.NewReader(js)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("compile_errors.py: %v", err)
	}
	var want []tokCompileResult
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		w := want[i]
		got, warns := tokTokenizeAll(newTok([]byte(c), "f"))
		var g tokCompileResult
		if got != nil {
			l, o, el, eo, tx := got.Lineno, got.Offset, got.EndLineno, got.EndOffset, got.Text
			g = tokCompileResult{Class: got.Class.String(), Msg: got.Msg, Lineno: &l, Offset: &o,
				EndLineno: &el, EndOffset: &eo, Text: &tx}
		}
		if w.Class == "ValueError" {
			w.Class = "SyntaxError" // compile() of bytes with a NUL
		}
		wantErr := fmt.Sprintf("%s %q %d %d %d %d %q", w.Class, w.Msg, tokIntOr0(w.Lineno), tokIntOr0(w.Offset),
			tokIntOr0(w.EndLineno), tokIntOr0(w.EndOffset), tokStrOr(w.Text))
		gotErr := fmt.Sprintf("%s %q %d %d %d %d %q", g.Class, g.Msg, tokIntOr0(g.Lineno), tokIntOr0(g.Offset),
			tokIntOr0(g.EndLineno), tokIntOr0(g.EndOffset), tokStrOr(g.Text))
		// The script's path appears in some messages.
		wantErr = regexp.MustCompile(`in file \S+ on`).ReplaceAllString(wantErr, "in file f on")
		if tokIsParserError(w.Msg) {
			// The parser may stop before the tokenizer reaches its error.
		} else if w.Class == "" {
			if got != nil {
				t.Errorf("%q: tokenizer error %s, CPython: %s", c, gotErr, wantErr)
			}
		} else if wantErr != gotErr {
			t.Errorf("%q:\n  want %s\n  got  %s", c, wantErr, gotErr)
		}
		var ww []string
		for _, x := range w.Warnings {
			if x[0] == "SyntaxWarning" && strings.HasPrefix(x[1].(string), "invalid ") {
				ww = append(ww, fmt.Sprintf("%v %v %v", x...))
			}
		}
		var gw []string
		for _, x := range warns {
			gw = append(gw, fmt.Sprintf("%s %s %d", x.Category, x.Msg, x.Lineno))
		}
		if fmt.Sprint(ww) != fmt.Sprint(gw) {
			t.Errorf("%q: warnings\n  want %v\n  got  %v", c, ww, gw)
		}
	}
}

func tokStrOr(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// tokIsParserError tells the messages that CPython's parser, not its
// tokenizer, reports.
func tokIsParserError(msg string) bool {
	return msg == "invalid syntax" || strings.HasPrefix(msg, "expected ") ||
		msg == "unexpected indent" || strings.HasPrefix(msg, "invalid syntax.")
}

// tokTokenizeAll runs the tokenizer to the end.
func tokTokenizeAll(t *Tokenizer) (*SyntaxError, []Warning) {
	for {
		tok, err := t.Next()
		if err != nil {
			return err, t.Warnings()
		}
		if tok.Kind == ENDMARKER {
			return nil, t.Warnings()
		}
	}
}

// tokPegenMessages are the tokenizer errors CPython's parser reports itself,
// which the C tokenizer's Python iterator does not raise.
var tokPegenMessages = map[string]bool{
	"unindent does not match any outer indentation level":    true,
	"inconsistent use of tabs and spaces in indentation":     true,
	"too many levels of indentation":                         true,
	"unexpected character after line continuation character": true,
	"unexpected EOF while parsing":                           true,
}

// TestMutants compares the tokenizer with CPython's on mutated snippets of
// the stdlib (inserted quotes, brackets, backslashes, tabs, odd
// characters; deletions; truncations), which exercise the error paths.
func TestMutants(t *testing.T) {
	tokNeedPython(t)
	const root = "/usr/lib/python3.11"
	if _, err := os.Stat(root); err != nil {
		t.Skip(root + " not found")
	}
	count := "3000"
	if testing.Short() {
		count = "300"
	}
	seed := "1"
	if s := os.Getenv("KRAIT_MUTANT_SEED"); s != "" {
		seed = s // other seeds explore more cases
	}
	out, err := exec.Command("python3.11", "testdata/tokenizer/mutants.py", root, seed, count).Output()
	if err != nil {
		t.Fatalf("mutants.py: %v", err)
	}
	var cases []struct {
		Src     string
		Tokens  []string
		Error   []any
		Compile []string
		File    []any
	}
	if err := json.Unmarshal(out, &cases); err != nil {
		t.Fatal(err)
	}
	bad := 0
	for _, c := range cases {
		msg := tokCheckMutant(c.Src, c.Tokens, c.Error, c.Compile)
		if msg == "" {
			msg = tokCheckMutantFile(c.Src, c.File)
		}
		if msg != "" {
			bad++
			if bad <= 15 {
				t.Errorf("%q:\n%s", c.Src, msg)
			}
		}
	}
	t.Logf("%d of %d mutants agree", len(cases)-bad, len(cases))
}

// tokCheckMutantFile compares the error of the tokenizer over the bytes
// of src with that of compile() of a file holding them, when the
// tokenizer decides it.
func tokCheckMutantFile(src string, want []any) string {
	err, _ := tokTokenizeAll(NewTokenizer([]byte(src), "m.py"))
	var got []any
	if err != nil {
		got = []any{err.Class.String(), err.Msg, float64(err.Lineno), float64(err.Offset),
			float64(err.EndLineno), float64(err.EndOffset), err.Text}
	}
	wantMsg, gotMsg := "", ""
	if want != nil {
		wantMsg = want[1].(string)
	}
	if err != nil {
		gotMsg = err.Msg
	}
	switch {
	case err != nil && wantMsg == gotMsg:
		if fmt.Sprint(want) != fmt.Sprint(got) {
			return fmt.Sprintf("file error:\n  want %q\n  got  %q", want, got)
		}
	case tokIsLexicalMessage(wantMsg):
		return fmt.Sprintf("file error:\n  want %q\n  got  %q", want, got)
	}
	return ""
}

// tokIsLexicalMessage tells the messages only the tokenizer produces.
func tokIsLexicalMessage(msg string) bool {
	if tokPegenMessages[msg] || strings.HasSuffix(msg, "was never closed") {
		return true
	}
	for _, p := range []string{"unterminated ", "invalid character", "invalid non-printable", "unmatched ",
		"closing parenthesis", "invalid decimal", "invalid hex", "invalid octal", "invalid binary",
		"invalid digit", "invalid imaginary", "leading zeros", "too many nested"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// tokCheckMutant compares the tokenizer's run over src with CPython's and
// returns a description of the first difference.
func tokCheckMutant(src string, want []string, werr []any, comp []string) string {
	tz := NewTokenizerString(src, "<m>")
	for i := 0; ; i++ {
		tok, err := tz.Next()
		if err != nil {
			if i < len(want) {
				return fmt.Sprintf("token %d: want %q, got error %q", i, want[i], err.Msg)
			}
			if werr != nil {
				got := fmt.Sprint([]any{err.Msg, err.Lineno, err.Offset, err.EndOffset})
				if w := fmt.Sprint(werr); w != got {
					return fmt.Sprintf("error:\n  want %s\n  got  %s", w, got)
				}
				return ""
			}
			if tokPegenMessages[err.Msg] || strings.HasSuffix(err.Msg, "was never closed") {
				if comp != nil && comp[1] != err.Msg && tokPegenMessages[comp[1]] {
					return fmt.Sprintf("error %q, compile() says %q", err.Msg, comp[1])
				}
				return ""
			}
			return fmt.Sprintf("unexpected error %q (%d,%d)", err.Msg, err.Lineno, err.Offset)
		}
		if tok.Kind == ENDMARKER {
			if i < len(want) {
				return fmt.Sprintf("token %d: want %q, got ENDMARKER", i, want[i])
			}
			if werr != nil {
				return fmt.Sprintf("want error %v, got ENDMARKER", werr)
			}
			if comp != nil && (tokPegenMessages[comp[1]] || strings.HasSuffix(comp[1], "was never closed")) {
				return fmt.Sprintf("ENDMARKER, compile() says %q", comp[1])
			}
			return ""
		}
		val := tok.Val
		if tok.Kind == NEWLINE {
			val = ""
		}
		got := fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%d\x00%d\n", kindName(tok.Kind), val, tok.Line, tok.Col, tok.EndLine, tok.EndCol)
		if i >= len(want) {
			return fmt.Sprintf("token %d: want end, got %q", i, got)
		}
		if got != want[i] {
			return fmt.Sprintf("token %d:\n  want %q\n  got  %q", i, want[i], got)
		}
	}
}

// FuzzTokenizer checks that no input makes the tokenizer panic or loop:
// every run ends in ENDMARKER or an error within a bounded number of
// tokens, and positions stay inside the source.
func FuzzTokenizer(f *testing.F) {
	for _, c := range tokErrorCases {
		f.Add([]byte(c))
	}
	f.Add([]byte("if x:\n\tdef f(a, *b, **c) -> 'x':\n\t\treturn [i for i in b'\\x00']\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		timer := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("hang on %q", src)) })
		defer timer.Stop()
		tz := NewTokenizer(src, "f")
		limit := 2*len(src) + 500
		for i := 0; ; i++ {
			if i > limit {
				t.Fatalf("no end after %d tokens", i)
			}
			tok, err := tz.Next()
			if err != nil {
				_ = tz.SourceLine(err.Lineno)
				break
			}
			if tok.Line < 1 || tok.EndLine < tok.Line {
				t.Fatalf("bad position %+v", tok)
			}
			if tok.Kind == ENDMARKER {
				break
			}
		}
		tz.OpenBrackets()
	})
}

// TestRandomInputs runs the tokenizer over random sequences of source
// fragments and bytes: it must end every run without panicking or looping.
func TestRandomInputs(t *testing.T) {
	frags := []string{"\"", "'", "\"\"\"", "'''", "(", ")", "[", "]", "{", "}", "\\", "\\\n", "\t", " ",
		"\n", "\r", "\r\n", "#", "0", "1", "_", "x", "e", "j", ".", "0x", "0o", "0b", "if", "else", "for",
		"\f", "é", "€", "\xff", "\xc3", "\xe2\x82", "\x00", "$", "?", "!", "f\"", "rb'", "=", "<>", "->",
		"# coding: latin-1\n", "# coding: utf-16\n", "# coding: foo\n", "\xef\xbb\xbf", "    ", ":", "\x01"}
	rnd := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		var sb strings.Builder
		for k := rnd.IntN(40); k >= 0; k-- {
			if rnd.IntN(8) == 0 {
				sb.WriteByte(byte(rnd.IntN(256)))
			} else {
				sb.WriteString(frags[rnd.IntN(len(frags))])
			}
		}
		src := sb.String()
		var tz *Tokenizer
		switch i % 4 {
		case 0:
			tz = NewTokenizer([]byte(src), "f")
		case 1:
			tz = NewTokenizerString(src, "f")
		case 2:
			tz = NewTokenizerFile([]byte(src), "f")
		case 3:
			tz = NewTokenizer([]byte(src), "f")
			tz.SetMode(ModeSingle)
		}
		implied := false
		for j := 0; ; j++ {
			if j > 2*len(src)+500 {
				t.Fatalf("%q: no end", src)
			}
			tok, err := tz.Next()
			if err != nil {
				_ = tz.SourceLine(err.Lineno)
				break
			}
			if tok.Kind == ENDMARKER {
				if i%4 == 3 && !implied {
					implied = true
					tz.ImplyDedents()
					continue
				}
				break
			}
		}
		tz.AtEOF()
		tz.OpenBrackets()
	}
}

// BenchmarkTokenizer tokenizes a large stdlib module.
func BenchmarkTokenizer(b *testing.B) {
	src, err := os.ReadFile("/usr/lib/python3.11/_pydecimal.py")
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		tz := NewTokenizer(src, "f")
		for {
			tok, err := tz.Next()
			if err != nil || tok.Kind == ENDMARKER {
				break
			}
		}
	}
}

// TestKeywordKind checks the keyword switch against the Keywords table.
func TestKeywordKind(t *testing.T) {
	for s, k := range Keywords {
		if got := keywordKind(s); got != k {
			t.Errorf("keywordKind(%q) = %d, want %d", s, got, k)
		}
	}
	for _, s := range []string{"match", "case", "_", "print", "Async", "iff", "x"} {
		if got := keywordKind(s); got != NAME {
			t.Errorf("keywordKind(%q) = %d, want NAME", s, got)
		}
	}
}

// TestTypeComments checks type comments and type ignores, as
// ast.parse(src, type_comments=True) sees them.
func TestTypeComments(t *testing.T) {
	src := "def f(a, # type: int\n      b):\n    # type: (...) -> None\n    pass\n" +
		"x = 1 # type: ignore[foo]  \n# type: ignore\ny = []  #type:List[int]\nz = 2 # type: ignorex\n"
	tz := NewTokenizer([]byte(src), "f")
	tz.SetTypeComments(true)
	var got []string
	for {
		tok, err := tz.Next()
		if err != nil {
			t.Fatal(err)
		}
		if tok.Kind == ENDMARKER {
			break
		}
		if tok.Kind == TYPE_COMMENT || tok.Kind == NEWLINE {
			got = append(got, fmt.Sprintf("%s %q %d,%d-%d,%d", kindName(tok.Kind), tok.Val, tok.Line, tok.Col, tok.EndLine, tok.EndCol))
		}
	}
	want := []string{
		`TYPE_COMMENT "int" 1,17-1,20`,
		`NEWLINE "\n" 2,9-2,9`,
		`TYPE_COMMENT "(...) -> None" 3,12-3,25`,
		`NEWLINE "\n" 3,25-3,25`,
		`NEWLINE "\n" 4,8-4,8`,
		`NEWLINE "\n" 5,27-5,27`,
		`TYPE_COMMENT "List[int]" 7,14-7,23`,
		`NEWLINE "\n" 7,23-7,23`,
		`TYPE_COMMENT "ignorex" 8,14-8,21`,
		`NEWLINE "\n" 8,21-8,21`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if fmt.Sprint(tz.TypeIgnores()) != "[{5 [foo]  } {6 }]" {
		t.Errorf("type ignores %v", tz.TypeIgnores())
	}
}

// TestWarningAsError checks the errors the number warnings become under
// python3.11 -W error.
func TestWarningAsError(t *testing.T) {
	tokNeedPython(t)
	cases := []string{"1if x else y", "x = 0x1for", "é = 1or 2", "x = 1\ny = [0o7for x in y]\n", "1.5jif 1 else 2"}
	js, _ := json.Marshal(cases)
	script := `
import json, sys
for s in json.loads(sys.argv[1]):
    try:
        compile(s.encode(), 'f', 'exec')
        print('OK')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
`
	out, err := exec.Command("python3.11", "-W", "error", "-c", script, string(js)).Output()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSpace(string(out)), "\n")
	for i, c := range cases {
		tz := NewTokenizer([]byte(c), "f")
		if e, _ := tokTokenizeAll(tz); e != nil {
			t.Fatalf("%q: %v", c, e)
		}
		ws := tz.Warnings()
		if len(ws) == 0 {
			t.Errorf("%q: no warning", c)
			continue
		}
		e := tz.WarningAsError(ws[0])
		got := fmt.Sprintf("%s %d %d %d %d '%s'", e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset, e.Text)
		if got != want[i] {
			t.Errorf("%q:\n  want %s\n  got  %s", c, want[i], got)
		}
	}
}
