// This file fuzzes Parse and ParseString: on any input they must return
// either a tree or a *SyntaxError, within a deadline, without panicking;
// Dump and FormatSyntaxError must accept whatever they return; and UTF-8
// source must give the same tree from bytes and from str. Run it with
//
//	go test -run XXX -fuzz '^FuzzParse$' -fuzztime 3m -fuzzminimizetime 5s ./syntax
//
// (the default minimization budget of 60 s per new input stalls the run).

package syntax

import (
	"bytes"
	"fmt"
	"os"
	"runtime/debug"
	"testing"
	"time"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"", "\n", "x = 1\n", "pass", "if x:\n    pass\nelse:\n    y\n",
	"def f(a, /, b=1, *c, d, **e) -> int:\n    return a\n",
	"async def f():\n    async with a as b:\n        await c\n    async for x in y: pass\n",
	"class C(B, metaclass=M):\n    x: int = 1\n",
	"try:\n    pass\nexcept* E as e:\n    raise\nfinally:\n    del x\n",
	"match p:\n    case [1, *r] | {'k': v, **kw} | C(a=1) if g:\n        pass\n    case _:\n        pass\n",
	"f'{x!r:>{w}} {y=}'", "b'\\x00' 'a' u'b'", "'''a\nb'''", "r'\\'",
	"lambda: (yield)", "x = [i for i in y if i async for j in z]",
	"with (a as b, c):\n    pass\n", "global a, b\nnonlocal c\n",
	"x[1:2, ::3, ...]", "a if b else c", "not a and b or c", "(x := 1)",
	"@d\n@e.f(g)\ndef h(): pass\n", "from . import (a as b, c)\n", "import a.b as c\n",
	"x = (", "x = )", "if x\n", "\tif x:\n  pass", "1e5j + 0x_f + 0o7 + 0b1 + 1_000.5e-3",
	"\xef\xbb\xbfx = 1\n", "# coding: latin-1\nx = '\xe9'\n", "x = '\\N{DASH}'",
	"print 'x'", "f(**k, *a)", "a, b += 1", "\\\n", "x = 1 \\\n  + 2\n",
	"def f(\n  a,\n  b,\n):\n  pass\n", "if 1:\n\tif 2:\n        pass\n",
}

// parseDeadline bounds one Parse call; the largest fuzz inputs are a few
// kilobytes, which take microseconds. KRAIT_FUZZ_DEADLINE (a Go duration)
// lowers it to hunt for slow inputs.
var parseDeadline = func() time.Duration {
	if d, err := time.ParseDuration(os.Getenv("KRAIT_FUZZ_DEADLINE")); err == nil {
		return d
	}
	return 5 * time.Second
}()

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []Mode{ModeExec, ModeEval, ModeSingle} {
			if msg := checkParse(src, mode, false); msg != "" {
				t.Fatalf("mode %d, source %q: %s", mode, src, msg)
			}
		}
		if utf8.Valid(src) {
			if msg := checkParse(src, ModeExec, true); msg != "" {
				t.Fatalf("ParseString, source %q: %s", src, msg)
			}
			if msg := compareBytesAndStr(src); msg != "" {
				t.Fatalf("source %q: %s", src, msg)
			}
		}
	})
}

// checkParse parses src (as a str if asString) in a goroutine and returns "" if all went well, or
// what went wrong: a panic with its stack, a hang, or a broken result.
func checkParse(src []byte, mode Mode, asString bool) string {
	done := make(chan string, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Sprintf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		done <- parseAndFormat(src, mode, asString)
	}()
	select {
	case msg := <-done:
		return msg
	case <-time.After(parseDeadline):
		return fmt.Sprintf("Parse did not return within %v", parseDeadline)
	}
}

func parseAndFormat(src []byte, mode Mode, asString bool) string {
	var res *Result
	var err *SyntaxError
	if asString {
		res, err = ParseString(string(src), "fuzz.py", mode)
	} else {
		res, err = Parse(src, "fuzz.py", mode)
	}
	switch {
	case err != nil && res != nil:
		return "returned both a tree and an error"
	case err != nil:
		if err.Msg == "" {
			return "SyntaxError without a message"
		}
		FormatSyntaxError(err)
	case res == nil || res.Tree == nil:
		return "returned neither a tree nor an error"
	default:
		Dump(res.Tree, true)
	}
	return ""
}

// compareBytesAndStr checks that UTF-8 source without a BOM or coding
// declaration gives the same tree, or fails in both forms, whether compiled
// from bytes or from str, as in CPython. (Error locations may differ: some
// count bytes in one form and code points in the other.)
func compareBytesAndStr(src []byte) string {
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) || bytes.Contains(src, []byte("coding")) {
		return ""
	}
	rb, eb := Parse(src, "fuzz.py", ModeExec)
	rs, es := ParseString(string(src), "fuzz.py", ModeExec)
	switch {
	case (eb == nil) != (es == nil):
		return fmt.Sprintf("Parse error %v, ParseString error %v", eb, es)
	case eb == nil:
		if db, ds := Dump(rb.Tree, true), Dump(rs.Tree, true); db != ds {
			return fmt.Sprintf("trees differ:\nParse       %s\nParseString %s", db, ds)
		}
	}
	return ""
}
