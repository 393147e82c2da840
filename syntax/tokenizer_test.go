// This file tests the tokenizer against CPython 3.11's.

package syntax

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
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

func needPython(t *testing.T) {
	if _, err := exec.LookPath("python3.11"); err != nil {
		t.Skip("python3.11 not found")
	}
}

// TestStdlibTokens compares the token streams of every .py file under
// /usr/lib/python3.11 with those of CPython's C tokenizer. Set
// KRAIT_TOKDIFF=1 to see where the first files differ.
func TestStdlibTokens(t *testing.T) {
	needPython(t)
	const root = "/usr/lib/python3.11"
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
			t.Log(firstDiff(p))
		}
	}
	if len(bad) > 0 {
		t.Errorf("%d files differ", len(bad))
	}
}

// skipHash is the hash of ctokens.py's "SKIP\n" (a file Python cannot decode).
var skipHash = func() string { h := sha1.Sum([]byte("SKIP\n")); return hex.EncodeToString(h[:]) }()

// firstDiff shows the first token where path's streams differ.
func firstDiff(path string) string {
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
