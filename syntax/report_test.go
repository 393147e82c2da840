// This file tests FormatSyntaxError against python3.11's own excepthook,
// called on SyntaxError instances built with the same attributes.

package syntax

import (
	"encoding/json"
	"math/rand"
	"strings"
	"testing"
)

// reportScript prints, for each JSON line [class, msg, file, lineno, offset,
// text, end_lineno, end_offset] (0 and "" meaning None), what the default
// excepthook writes for that error, as a JSON string.
const reportScript = `
import sys, json, io
for line in sys.stdin:
    cls, msg, fn, ln, off, text, eln, eoff = json.loads(line)
    none = lambda v: None if v in (0, '') else v
    fn = fn or None
    ln = ln if ln or fn else None
    e = {'SyntaxError': SyntaxError, 'IndentationError': IndentationError,
         'TabError': TabError}[cls](msg, (fn, ln, none(off), none(text), none(eln), none(eoff)))
    err = io.StringIO()
    sys.stderr = err
    sys.__excepthook__(type(e), e, None)
    sys.stderr = sys.__stderr__
    print(json.dumps(err.getvalue()))
`

func reportCases() []*SyntaxError {
	cases := []*SyntaxError{
		{Msg: "invalid syntax", Filename: "bad.py", Lineno: 1, Offset: 3, EndLineno: 1, EndOffset: 4, Text: "x = = 1\n"},
		{Msg: "'(' was never closed", Filename: "bad.py", Lineno: 2, Offset: 5, EndLineno: 2, EndOffset: 6, Text: "    f(a,\n"},
		{Class: ClassIndentationError, Msg: "unexpected indent", Filename: "bad.py", Lineno: 2, Offset: 5, EndLineno: 2, EndOffset: 9, Text: "    pass\n"},
		{Class: ClassTabError, Msg: "inconsistent use of tabs and spaces in indentation", Filename: "t.py", Lineno: 3, Offset: 10, Text: "\t  x = 1\n"},
		{Msg: "unterminated triple-quoted string literal (detected at line 3)", Filename: "s.py", Lineno: 1, Offset: 1, EndLineno: 1, EndOffset: 1, Text: "'''abc\n"},
		{Msg: "multi", Filename: "m.py", Lineno: 1, Offset: 5, EndLineno: 3, EndOffset: 2, Text: "f(a,\n  b,\n c)\n"},
		{Msg: "invalid character '€' (U+20AC)", Filename: "u.py", Lineno: 1, Offset: 6, EndLineno: 1, EndOffset: 7, Text: "x = 'é' € 1\n"},
		{Msg: "", Filename: "e.py", Lineno: 1, Offset: 1, Text: "x"},
		{Msg: "no text", Filename: "n.py", Lineno: 7, Offset: 2},
		{Msg: "unknown encoding: uft-8", Filename: "f.py"},
		{Msg: "encoding problem: foo"},
		{Msg: "nul", Filename: "z.py", Lineno: 1, Offset: 4, EndOffset: 6, Text: "ab\x00cdef\n"},
	}
	r := rand.New(rand.NewSource(3))
	pieces := []string{" ", "\t", "\f", "a", "bc", "é", "中", "\n", "x = 1", "  "}
	for range 400 {
		var t strings.Builder
		for range r.Intn(8) {
			t.WriteString(pieces[r.Intn(len(pieces))])
		}
		if r.Intn(2) == 0 {
			t.WriteByte('\n')
		}
		ln := 1 + r.Intn(3)
		e := &SyntaxError{Class: ErrorClass(r.Intn(3)), Msg: "m", Filename: "r.py", Lineno: ln,
			Offset: r.Intn(t.Len() + 4), Text: t.String()}
		if r.Intn(4) > 0 {
			e.EndLineno = ln + r.Intn(2)
			e.EndOffset = r.Intn(t.Len() + 5)
		}
		cases = append(cases, e)
	}
	return cases
}

func TestFormatSyntaxError(t *testing.T) {
	cases := reportCases()
	// Run the cases twice: 0 offsets passed as None, then as 0, which
	// CPython must print the same way for the mapping to be sound.
	for _, zeroAsNone := range []bool{true, false} {
		var in strings.Builder
		for _, e := range cases {
			vals := []any{e.Class.String(), e.Msg, e.Filename, e.Lineno, e.Offset, e.Text, e.EndLineno, e.EndOffset}
			if !zeroAsNone {
				for _, i := range []int{4, 7} {
					if vals[i] == 0 {
						vals[i] = "0" // becomes int 0 below
					}
				}
			}
			b, _ := json.Marshal(vals)
			in.Write(b)
			in.WriteByte('\n')
		}
		script := reportScript
		if !zeroAsNone {
			script = strings.Replace(script, "none(off)", "int(off)", 1)
			script = strings.Replace(script, "none(eoff)", "int(eoff)", 1)
		}
		out := runDumpOracle(t, script, in.String())
		lines := strings.Split(strings.TrimSpace(out), "\n")
		for i, e := range cases {
			var want string
			if err := json.Unmarshal([]byte(lines[i]), &want); err != nil {
				t.Fatal(err)
			}
			if got := FormatSyntaxError(e); got != want {
				t.Errorf("zeroAsNone=%v %+v:\n got %q\nwant %q", zeroAsNone, *e, got, want)
			}
		}
	}
}
