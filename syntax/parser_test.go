// This file tests the parser against python3.11: every snippet is parsed by
// both, and the ast.dump (with positions) or the SyntaxError attributes
// (class, msg, lineno, offset, end_lineno, end_offset, text) must be equal.

package syntax

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// parserOracle reads a JSON list of [mode, source] and prints a JSON list of
// results: the dump, or the error as [class, msg, lineno, offset,
// end_lineno, end_offset, text].
const parserOracle = `
import ast, sys, json, warnings, tempfile, os
warnings.simplefilter('ignore')
out = []
tmp = tempfile.mkdtemp()
for i, (mode, src) in enumerate(json.load(sys.stdin)):
    name = '<test>'
    try:
        if mode.endswith('-str'):
            mode = mode[:-4]
        else:
            src = src.encode('utf-8', 'surrogatepass')
            if mode == 'exec':
                # A module's source: CPython reads error texts back from
                # the file.
                name = os.path.join(tmp, 'case%d.py' % i)
                with open(name, 'wb') as f:
                    f.write(src)
        out.append(ast.dump(ast.parse(src, name, mode), include_attributes=True))
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno or 0, e.offset or 0, e.end_lineno or 0, e.end_offset or 0, e.text or ''])
    except (MemoryError, RecursionError) as e:
        out.append([type(e).__name__])
json.dump(out, sys.stdout)
`

// oracleParse runs python3.11 once over all cases.
func oracleParse(t *testing.T, mode string, cases []string) []any {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	in := make([][2]string, len(cases))
	for i, c := range cases {
		in[i] = [2]string{mode, c}
	}
	data, _ := json.Marshal(in)
	cmd := exec.Command(py, "-c", parserOracle)
	cmd.Stdin = strings.NewReader(string(data))
	cmd.Stderr = os.Stderr
	outb, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v", err)
	}
	var out []any
	if err := json.Unmarshal(outb, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// kraitParse gives Krait's result in the oracle's form.
func kraitParse(src string, mode Mode) any {
	return kraitResult(Parse([]byte(src), "<test>", mode))
}

func kraitResult(res *Result, err *SyntaxError) any {
	if err != nil {
		return []any{err.Class.String(), err.Msg, float64(err.Lineno), float64(err.Offset),
			float64(err.EndLineno), float64(err.EndOffset), err.Text}
	}
	return Dump(res.Tree, true)
}

func checkAgainstPython(t *testing.T, mode string, m Mode, cases []string) {
	want := oracleParse(t, mode, cases)
	for i, src := range cases {
		got := kraitParse(src, m)
		if fmt.Sprint(got) != fmt.Sprint(want[i]) {
			t.Errorf("%q:\n got  %v\n want %v", src, got, want[i])
		}
	}
}

var parseValidCases = []string{
	// Simple statements.
	"pass\nbreak\ncontinue\n",
	"x = 1\nx = y = z\nx, y = y, x\n[a, *b] = c\n(a, b), c = d\n",
	"x: int\nx: int = 1\n(x): int = 2\na.b: c\na[1]: c = 3\nx: int = yield\n",
	"x += 1\na.b -= 2\na[i] *= 3\nx @= y\nx /= 1\nx //= 1\nx %= 1\nx **= 2\nx >>= 1\nx <<= 1\nx &= 1\nx |= 1\nx ^= 1\n",
	"del x\ndel x, y\ndel (x)\ndel (x, y), [z]\ndel a.b, a[1]\ndel x,\n",
	"return\nreturn x\nreturn x, y\nreturn *a, b\n",
	"raise\nraise E\nraise E from e\n",
	"global a\nglobal a, b\nnonlocal c, d\n",
	"assert x\nassert x, 'msg'\n",
	"import a\nimport a.b.c as d, e\nfrom . import x\nfrom .. import (x, y as z,)\nfrom ...a import *\nfrom .a.b import c\nfrom .... import x\n",
	"x = 1; y = 2;\n",
	"a = yield\na = yield x\na = yield from y\nyield\nyield x, y\n",
	// Expressions.
	"a or b or c and d and not e\n",
	"a < b <= c == d != e > f >= g is h is not i in j not in k\n",
	"a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o\n",
	"-x ** 2\n+x\n~x\nnot x\nawait x\n",
	"(a)\n((a))\n(a) + b\na + (b)\n((a) + (b)) * c\n",
	"a if b else c\na if b else c if d else e\nlambda: 0\nlambda x, y=1, *a, z, w=2, **k: x\n",
	"lambda x, /, y: 0\nlambda *, k: 0\nlambda *a: 0\nlambda **k: 0\nlambda a=1, /, b=2: 0\n",
	"(x := 1)\nf(y := 2)\n[z := 3, 4]\nx[y := 1]\n",
	"f()\nf(a)\nf(a, b)\nf(a, *b, c=1, **d)\nf(*a, *b)\nf(**a, **b)\nf(a=1, *b)\nf(x for x in y)\nf(a)(b)(c)\n",
	"a.b.c\na[1]\na[1:2]\na[1:2:3]\na[:]\na[::]\na[1:]\na[:2]\na[::3]\na[1, 2]\na[1:2, 3]\na[*b]\na[b, *c]\na[()]\n",
	"x = a[1,]\nx = a[:, None]\n",
	"()\n(1,)\n(1, 2)\n[]\n[1]\n[1, 2,]\n{}\n{1}\n{1: 2}\n{1: 2, **a}\n{**a, 'b': 1}\n{*a, b}\n",
	"[x for x in y]\n{x for x in y if z}\n{k: v for k, v in y}\n(x for x in y for z in w if a if b)\n",
	"[x async for x in y]\n(await x async for x in y)\n",
	"[*a, *b]\n(*a,)\n*a, b = c\n",
	"...\nNone\nTrue\nFalse\n",
	"1\n1.5\n1e10\n1e400\n0x1F\n0o17\n0b101\n1_000_000\n10**100\n123456789012345678901234567890\n1j\n1.5J\n0.0\n.5\n5.\n00\n0xFFFFFFFFFFFFFFFFF\n",
	"'a'\n\"b\"\n'a' 'b'\nb'x'\nf'{x}'\nf'{x!r:>{w}}'\nu'x'\nr'\\d'\n'''\nmulti\nline'''\n",
	"f'{a} {b!r} {c:d} {d=}'\nf'{\"nested\"}'\nf'''{\nx\n}'''\n",
	"x = [\n  1,\n  2,\n]\n",
	"print(f'{x + 1}', f\"{y!s:{z}}\")\n",
	"if x:\n    pass\nelif y:\n    pass\nelif z:\n    pass\nelse:\n    pass\n",
	"while x:\n    break\nelse:\n    pass\n",
	"for x in y:\n    continue\nelse:\n    pass\nfor x, y in z: pass\nfor x, in y: pass\nfor [a, b] in c: pass\nfor a.b in c: pass\n",
	"async def f():\n    async for x in y:\n        pass\n    async with a as b, c:\n        pass\n    await z\n",
	"with a: pass\nwith a as b: pass\nwith a as (b, c): pass\nwith (a, b): pass\nwith (a as b, c as d): pass\nwith (a as b, c as d,): pass\nwith (a): pass\nwith (yield): pass\n",
	"try:\n    pass\nexcept E:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
	"try:\n    pass\nfinally:\n    pass\n",
	"try:\n    pass\nexcept* E:\n    pass\nexcept* (A, B) as e:\n    pass\n",
	"def f(): pass\ndef f(a, b=1, *args, c, d=2, **kw) -> int: return 1\ndef f(a, /, b): pass\ndef f(a=1, /, b=2, *, c): pass\ndef f(*, a): pass\ndef f(a: int, *b: str, **c: float): pass\ndef f(*a: *Ts): pass\n",
	"@dec\ndef f(): pass\n@a.b(c)\n@d\nclass C: pass\n@x[0] or y\nasync def g(): pass\n",
	"class C: pass\nclass C(): pass\nclass C(A, B, metaclass=M, **kw): pass\nclass C(*a): x = 1\n",
	"def f():\n    '''doc'''\n    return\n",
	"match x:\n    case 1:\n        pass\n    case -1 | 2.5 | 1+2j | -1-2j:\n        pass\n    case 'a' 'b' | b'c':\n        pass\n    case None | True | False:\n        pass\n",
	"match x:\n    case a:\n        pass\n    case _:\n        pass\n    case a.b.c:\n        pass\n    case (a):\n        pass\n    case (a, b):\n        pass\n    case [a, *b, c]:\n        pass\n    case [*_]:\n        pass\n    case ():\n        pass\n    case []:\n        pass\n",
	"match x, y:\n    case {1: a, 'b': c, **rest}:\n        pass\n    case {}:\n        pass\n    case {**r}:\n        pass\n    case {a.b: c,}:\n        pass\n",
	"match x:\n    case Point(x=0, y=1):\n        pass\n    case Point(1, 2, z=3):\n        pass\n    case a.B():\n        pass\n    case C(a, b,):\n        pass\n    case (1 | 2) as z:\n        pass\n    case a, *b if b:\n        pass\n    case 1, 2,:\n        pass\n",
	"match *a, b:\n    case x:\n        pass\n",
	"match = 1\nmatch.x = 2\nmatch(x)\ncase = 3\n_ = 4\nmatch[x]\n",
	"x = (\n    1 +\n    2\n)\n",
	"x = 1 \\\n    + 2\n",
	"é = 1\nπ_x = é\n",
	"if a:\n    if b:\n        pass\n    else:\n        pass\n",
	"x = [i for i in range(3) if i if not i]\n",
	"a = b = c = d\n",
	"a[b](c).d = e\n",
	"f(a)[b].c += 1\n",
	"x = *a, *b\n",
	"print(*a, sep='')\n",
	"def f[]: pass\n"[:0] + "x = 1 if y else 2\n",
	"async def f():\n    return [x async for x in y]\n    await (yield)\n",
	"def f():\n    x = yield\n    y = yield from z\n    return (yield)\n",
	"with open(f) as g, open(h) as i:\n    pass\n",
	"# comment only\n",
	"",
	"\n\n\n",
	"x = 1  # trailing\n",
	"if True:\n    x = 1\n\n    y = 2\n",
	"class A:\n    def f(self):\n        return self.x\n\n    @property\n    def g(self): ...\n",
	"lambda: (yield)\n",
	"not not not x\n- - - x\n",
	"a.b[c](d).e[f:g]\n",
	"x = {a: b for a in c for b in d if e}\n",
	"t = 1,\n",
	"x = (yield x)\n",
	"del a[1:2], b.c\n",
	"f(a, b=1, *c, **d,)\n",
	"f(\n    a,\n)\n",
	"for x in *a, *b: pass\n",
	"x[a:b, c:d]\n",
	"'abc'.join(x)\n",
	"1 .real\n",
	"x = -1\ny = --1\nz = -(1)\n",
	"while (x := f()):\n    pass\n",
	"[(y := f(x)) for x in z]\n",
	"f(x, (y for y in z))\n",
	"@property\ndef x(self): pass\n",
	"a = 'x' f'y' 'z'\n",
	"x = 0xfor_\n"[:0] + "x = 0\n",
}

func TestParseAgainstPython(t *testing.T) {
	checkAgainstPython(t, "exec", ModeExec, parseValidCases)
}

var parseEvalCases = []string{
	"1 + 2",
	"x, y",
	"x,",
	"lambda: 1\n\n",
	"(a for a in b)",
	"[1, 2]",
	"f(x)\n",
	"a if b else c",
	"x = 1",
	"1 2",
	"",
	"yield x",
	"1 +", "(1 +", "1 2 3", "lambda: (yield)",
}

func TestParseEvalAgainstPython(t *testing.T) {
	checkAgainstPython(t, "eval", ModeEval, parseEvalCases)
}

var parseErrorCases = []string{
	"a b",
	"a b c",
	"(a b)",
	"[a b]",
	"{a b}",
	"f(a b)",
	"print 'x'",
	"exec 'x'",
	"if x\n  pass",
	"if x:\npass",
	"if x:\n    pass\nelif y\n    pass",
	"if x:\n    pass\nelif y:\npass",
	"if x:\n    pass\nelse\n    pass",
	"if x:\n    pass\nelse:\npass",
	"while x\n  pass",
	"while x:\npass",
	"for x in y\n  pass",
	"for x in y:\npass",
	"def f()\n  pass",
	"def f():\npass",
	"def f:\n  pass",
	"class C\n  pass",
	"class C:\npass",
	"class C(A)\n  pass",
	"with a\n  pass",
	"with a:\npass",
	"with (a, b)\n  pass",
	"try:\npass",
	"try:\n    pass\nx = 1",
	"try:\n    pass\nexcept:\npass",
	"try:\n    pass\nexcept E\n    pass",
	"try:\n    pass\nexcept\n    pass",
	"try:\n    pass\nexcept E, F:\n    pass",
	"try:\n    pass\nexcept* :\n    pass",
	"try:\n    pass\nfinally:\npass",
	"try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass",
	"try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass",
	"try:\n    pass\nexcept* E:\npass",
	"match x\n    case 1: pass",
	"match x:\ncase 1: pass",
	"match x:\n    case 1\n        pass",
	"match x:\n    case 1:\n    pass",
	"match x:\n    case 1 as _:\n        pass",
	"match x:\n    case 1 as 2:\n        pass",
	"match x:\n    case A(a=1, b):\n        pass",
	"match x:\n    case 1j + 2:\n        pass",
	"match x:\n    case 1 + 2:\n        pass",
	"  x",
	"x\n  y",
	"if x:\n    a\n  b",
	"x = 1 +",
	"x = (1,",
	"x = (1,\n",
	"x = [1, 2",
	"x = {1: 2",
	"(\na b\n",
	"foo() = 1",
	"1 = x",
	"None = 1",
	"x + 1 = 2",
	"(a, b()) = 1",
	"[a, 1] = 2",
	"a, *b() = c",
	"f() += 1",
	"(a, b) += 1",
	"a: int, b: int = 1",
	"(a, b): int",
	"[a]: int",
	"a + b: int",
	"del f()",
	"del (a, 1)",
	"del *a",
	"del a + b",
	"for f() in x: pass",
	"for 1 in x: pass",
	"[x for f() in y]",
	"with a as f(): pass",
	"with a as 1, b: pass",
	"(yield) = 1",
	"x = yield = 1",
	"f(a=1, b)",
	"f(**a, b)",
	"f(**a, *b)",
	"f(a for a in b, c)",
	"f(c, a for a in b)",
	"f(a=1 for a in b)",
	"f(True=1)",
	"f(a + b=1)",
	"f(x=y for y in z)",
	"if x = 1: pass",
	"if x.y = 1: pass",
	"if f() = 1: pass",
	"(a := 1 := 2)",
	"(a.b := 1)",
	"x = a if b",
	"x = 1 if 2 else",
	"def f(a=1, b): pass",
	"def f(a, a=1, b): pass",
	"def f(a, (b, c)): pass",
	"def f(/, a): pass",
	"def f(a, /, b, /): pass",
	"def f(a, *, b, /): pass",
	"def f(a=1/, b): pass",
	"def f(*): pass",
	"def f(*, **k): pass",
	"def f(*a=1): pass",
	"def f(*a, *b): pass",
	"def f(**k=1): pass",
	"def f(**k, a): pass",
	"def f(**k, *a): pass",
	"def f(a=): pass",
	"lambda a=1, b: 0",
	"lambda (a): 0",
	"lambda *: 0",
	"lambda *a=1: 0",
	"lambda **k, a: 0",
	"lambda /: 0",
	"lambda a: int: 0",
	"[*a for a in b]",
	"{*a for a in b}",
	"{**a for a in b}",
	"[a, b for a in c]",
	"[a, for a in c]",
	"(*a)",
	"(**a)",
	"{1: *a}",
	"{1: }",
	"{1: 2, 3}",
	"{1: 2, 3: }",
	"from x import a,",
	"from x import (a,",
	"import a.",
	"x = $",
	"x = €",
	"x = 1_",
	"x = 'abc",
	"x = '''abc",
	"a b\n€",
	"a b\n'abc",
	"if x:\n  a b\n 0x",
	"def f(:\n pass",
	"a = b = ",
	"@\ndef f(): pass",
	"class C(x for x in y): pass",
	"x = 1\n  y = 2",
	"if x:\n    pass\n  else:\n    pass",
	"f(a, b for b in c)",
	"a, b += 1",
	"x() := 1",
	"f(x, *)",
	"print(f'{a b}')",
	"f'{a $ b}'",
	"f'{}'",
	"f'{x!}'",
	"f'{a=1}'",
	"x = 1 if y else 2 = 3",
	"async = 1",
	"await = 1",
	"def f():\n    x = await",
	"import",
	"from",
	"from . import",
	"global",
	"del",
	"assert",
	"x = (1 2)",
	"x = [1 for]",
	"1 +\n2",
	"x.1",
	"if 1:\n\tpass\n        pass",
	"else: pass",
	"elif x: pass",
	"except: pass",
	"case x: pass",
	"return return",
	"a = 1 = 2",
	"x = f(",
	"x = f(\n",
	"f(**)",
	"f(*)",
	"x = {**}",
	"x[1:2:3:4]",
	"x = a.b.",
	"def f(a, b,, c): pass",
	"(a, b,,)",
	"with (a as b, c as d) e: pass",
	"x = ((((((((((1",
	"nonlocal x = 1",
	"a.b: int, c",
	"x: int: str",
	"lambda x=yield: 1",
	"if (\nx):\npass", "while (\nx):\npass", "for x in (\ny):\npass", "with (\na):\npass", "if x:\n pass\nelif (\ny):\npass",
	"def f(\n):\npass", "class C(\n):\npass", "try:\n pass\nexcept (\nE):\npass", "match (\nx):\npass", "match x:\n case (\n1):\n pass",
}

func TestParseErrorsAgainstPython(t *testing.T) {
	checkAgainstPython(t, "exec", ModeExec, parseErrorCases)
}

// TestParseDeepNesting checks that deep nesting is an error, not a crash.
func TestParseDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("-", 100000) + "1",
		strings.Repeat("not ", 100000) + "x",
		strings.Repeat("(", 150) + strings.Repeat(")", 150),
		strings.Repeat("[", 100) + strings.Repeat("]", 100),
		strings.Repeat("a.", 100000) + "b",
		"x" + strings.Repeat("[0]", 50000),
		strings.Repeat("lambda:", 50000) + "1",
		strings.Repeat("if x:\n", 50) + "pass",
	} {
		Parse([]byte(src), "<test>", ModeExec)
	}
}

// TestParseFuzzNoPanic parses every prefix of some sources: the parser must
// return a tree or an error, never panic.
func TestParseFuzzNoPanic(t *testing.T) {
	for _, src := range parseValidCases {
		for i := 0; i <= len(src); i++ {
			Parse([]byte(src[:i]), "<test>", ModeExec)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	src := []byte(strings.Repeat(benchSource, 50))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse(src, "<bench>", ModeExec); err != nil {
			b.Fatal(err)
		}
	}
}

const benchSource = `
import os, sys
from collections import defaultdict as dd

class Foo(Base, metaclass=Meta):
    """Docstring."""
    x: int = 1

    def method(self, a, b=2, *args, c, **kw) -> None:
        if a and not b or c:
            self.value = [i * 2 for i in range(a) if i % 3]
        elif a is None:
            return {k: v for k, v in kw.items()}
        else:
            try:
                result = self.helper(a, b, key=lambda x: x[0])
            except (ValueError, TypeError) as exc:
                raise RuntimeError("bad") from exc
            finally:
                del self.temp
        for i, (x, y) in enumerate(zip(a, b)):
            total += x ** 2 + y ** 2 - f(x)[y].z
        while True:
            with open(path) as fh, lock:
                data = fh.read().split("\n")[1:-1]
            break
        return f"{self.name!r}: {len(data):>10}"
`

// TestParseMutants mutates small stdlib files at one place each (a token
// dropped, duplicated or replaced) and compares the outcome with
// python3.11's: the same tree or the same SyntaxError.
func TestParseMutants(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	files := smallStdlibFiles(t, mutantMaxSize, mutantFiles)
	var cases []string
	rng := mutantSeed
	next := func(n int) int {
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		return int(rng % uint64(n))
	}
	inserts := []string{":", "(", ")", "[", "]", "=", ",", "if ", "*", "**", " x", ".", "lambda", "\n", "    ", "'", "yield", "for", "import", "as", "==", ":=",
		" def ", " class ", "return ", " else", "except", "finally:", "with ", "async ", "await ", " not ", " in ", " is ", "del ", "global ",
		"nonlocal ", "pass", "match ", "case ", " from ", "@", "->", "...", "**=", "~", "%", "!=", "<", "None", "True", "1", "\"s\"", "f'{x}'",
		"\\\n", "\t", "#", ";", "{", "}", "*a", "**k", "=1", " for x in y", " if x else y", "lambda x:", "yield from ", "1j", "0x", "_"}
	for _, src := range files {
		for k := 0; k < mutantsPerFile; k++ {
			i := next(len(src))
			j := i + 1 + next(8)
			if j > len(src) {
				j = len(src)
			}
			var m string
			switch next(5) {
			case 4:
				// Drop, repeat or swap whole tokens.
				m = mutateTokens(src, next)
			case 3:
				// Move, drop or repeat a whole line.
				lines := strings.SplitAfter(src, "\n")
				a, b := next(len(lines)), next(len(lines))
				switch next(3) {
				case 0:
					lines[a], lines[b] = lines[b], lines[a]
				case 1:
					lines[a] = ""
				default:
					lines[a] += lines[b]
				}
				m = strings.Join(lines, "")
			case 0:
				m = src[:i] + src[j:]
			case 1:
				m = src[:i] + inserts[next(len(inserts))] + src[i:]
			default:
				m = src[:i] + inserts[next(len(inserts))] + src[j:]
			}
			if !strings.ContainsRune(m, 0) && utf8Valid(m) {
				cases = append(cases, m)
			}
		}
	}
	oracleMode, parse := "exec", func(src string) any { return kraitParse(src, ModeExec) }
	if os.Getenv("KRAIT_MUTANTS_STR") != "" {
		oracleMode, parse = "exec-str", func(src string) any { return kraitResult(ParseString(src, "<test>", ModeExec)) }
	}
	want := oracleParse(t, oracleMode, cases)
	bad := 0
	for i, src := range cases {
		got := parse(src)
		if fmt.Sprint(got) != fmt.Sprint(want[i]) {
			bad++
			if dir := os.Getenv("KRAIT_MUTANT_DUMP"); dir != "" {
				os.WriteFile(fmt.Sprintf("%s/mutant_%d.py", dir, i), []byte(src), 0o644)
			}
			if bad <= 60 {
				g, w := clip(fmt.Sprint(got), 300), clip(fmt.Sprint(want[i]), 300)
				t.Errorf("mutant %d:\n got  %s\n want %s", i, g, w)
			}
		}
	}
	t.Logf("%d mutants, %d differ", len(cases), bad)
}

var parseSingleCases = []string{
	"x = 1", "x = 1\n", "if x:\n  pass\n", "if x:\n  pass", "x = 1\ny = 2\n", "x = 1; y = 2", "", "\n", "# c\n",
	"x = 1\n# c\n\n", "def f():\n  pass\n\n", "if x:\n  pass\nelse:\n  pass\n", "x = 1\n  \n", "x=1\n\nx",
	"@d\nclass C: pass\n", "for x in y: pass\nz", "1 +\n", "1 +", "if x:\n  pass\n  1 +", "if x:\n  1 2", "x = 1 # c\n  # d\n",
}

func TestParseSingleAgainstPython(t *testing.T) {
	checkAgainstPython(t, "single", ModeSingle, parseSingleCases)
}

// harvestScript collects the sources CPython's own tests feed to the
// compiler: doctest examples of test_syntax and the string arguments of
// the checking helpers in test_syntax, test_exceptions, test_grammar,
// test_fstring and test_patma.
const harvestScript = `
import ast, doctest, json, sys
out = []
base = '/usr/lib/python3.11/test/'
src = open(base + 'test_syntax.py').read()
mod = ast.parse(src)
doc = ast.get_docstring(mod, clean=False) or ''
for ex in doctest.DocTestParser().get_examples(doc):
    out.append(ex.source)
names = {'_check_error', 'check', 'assertSyntaxError', '_check_noerror', 'check_syntax_error',
         'assertAllRaise', 'assert_syntax_error', '_check_in_scopes', 'assertEqual', 'eval', 'exec', 'compile'}
for f in ['test_syntax.py', 'test_exceptions.py', 'test_grammar.py', 'test_fstring.py', 'test_patma.py', 'test_positional_only_arg.py', 'test_unpack_ex.py', 'test_genexps.py', 'test_string_literals.py']:
    try:
        tree = ast.parse(open(base + f).read())
    except Exception:
        continue
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, 'id', '')
            if name in names:
                for a in node.args[:2]:
                    if isinstance(a, ast.Constant) and isinstance(a.value, str):
                        out.append(a.value)
                    if isinstance(a, ast.List):
                        for e in a.elts:
                            if isinstance(e, ast.Constant) and isinstance(e.value, str):
                                out.append(e.value)
seen = set()
res = []
for s in out:
    if s not in seen and '\x00' not in s:
        seen.add(s)
        res.append(s)
json.dump(res, sys.stdout)
`

// TestParseCPythonTestSources parses the snippets CPython's tests compile
// and compares each outcome with python3.11's.
func TestParseCPythonTestSources(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	outb, err := exec.Command(py, "-c", harvestScript).Output()
	if err != nil {
		t.Skip("cannot harvest CPython's tests: ", err)
	}
	var cases []string
	if err := json.Unmarshal(outb, &cases); err != nil {
		t.Fatal(err)
	}
	var valid []string
	for _, c := range cases {
		if utf8Valid(c) {
			valid = append(valid, c)
		}
	}
	want := oracleParse(t, "exec", valid)
	bad := 0
	for i, src := range valid {
		got := kraitParse(src, ModeExec)
		if fmt.Sprint(got) != fmt.Sprint(want[i]) {
			bad++
			g, w := clip(fmt.Sprint(got), 400), clip(fmt.Sprint(want[i]), 400)
			t.Errorf("%q:\n got  %s\n want %s", src, g, w)
		}
	}
	t.Logf("%d sources, %d differ", len(valid), bad)
}

// parseNonASCIICases have errors after non-ASCII text, where offsets count
// bytes for bytes source and code points for str source.
var parseNonASCIICases = []string{
	"éé b c", "print 'éé' + 1", "x = 'é' 'a' b", "f(a=1, éé)", "(éé bb)", "é = (1,\n", "x = 'é\\x4'",
	"# é\nif x\n  pass", "f'{é b}'", "x = é if y", "é() = 1", "def f(é=1, b): pass", "  é",
}

func TestParseNonASCIIOffsets(t *testing.T) {
	checkAgainstPython(t, "exec", ModeExec, parseNonASCIICases)
	want := oracleParse(t, "exec-str", parseNonASCIICases)
	for i, src := range parseNonASCIICases {
		got := kraitResult(ParseString(src, "<test>", ModeExec))
		if fmt.Sprint(got) != fmt.Sprint(want[i]) {
			t.Errorf("ParseString %q:\n got  %v\n want %v", src, got, want[i])
		}
	}
}

// TestParseWarnings compares the warnings issued while parsing.
func TestParseWarnings(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	cases := []string{
		"x = '\\d'\n", "x = 1if y else 2\n", "x = 0x1for x in y\n", "x = '\\d' + 1if y else '\\q'\n",
		"x = f'{1if y else 2}'\n", "x = [0x1for x in y]\n", "x = b'\\d'\n",
	}
	script := `
import json, sys, warnings
out = []
for src in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            compile(src.encode(), "<test>", "exec")
        except SyntaxError as e:
            pass
    out.append(["%s %s %d" % (w.category.__name__, w.message, w.lineno) for w in ws])
json.dump(out, sys.stdout)
`
	data, _ := json.Marshal(cases)
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(string(data))
	outb, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want [][]string
	json.Unmarshal(outb, &want)
	for i, src := range cases {
		res, serr := Parse([]byte(src), "<test>", ModeExec)
		var got []string
		if serr == nil {
			for _, w := range res.Warnings {
				got = append(got, fmt.Sprintf("%s %s %d", w.Category, w.Msg, w.Lineno))
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want[i]) {
			t.Errorf("%q:\n got  %q\n want %q", src, got, want[i])
		}
	}
}

var parseFuncTypeCases = []string{
	"() -> int", "(int) -> str", "(a, b) -> c", "(*a) -> b", "(**k) -> b", "(a, *b, **c) -> d", "(a, *b) -> c",
	"(a, **b) -> c", "(*a, **b) -> c", "(a,) -> b", "() -> int\n", "(a b) -> c", "() -> ", "(*a, b) -> c",
	"(a, *b, c) -> d", "(**a, *b) -> c", "(*a, *b) -> c", "(a, **b,) -> c", "(*a,) -> b", "(,) -> a", "(a) -> b -> c",
}

func TestParseFuncTypeAgainstPython(t *testing.T) {
	checkAgainstPython(t, "func_type", ModeFuncType, parseFuncTypeCases)
}

// parseInvalidRuleCases exercise the invalid_* rules of the grammar one by
// one (the messages and their locations).
var parseInvalidRuleCases = []string{
	"x = 1 if 2",
	"f(**a, *b)",
	"f(a for a in b, c)",
	"f(a=1 for a in b)",
	"f(x, a for a in b)",
	"f(c, a for a in b, d)",
	"f(a=1, b)",
	"f(**k, b)",
	"f(True=1)",
	"f(x=1 for y in z)",
	"f(a.b=1)",
	"print x",
	"(a := 1 := 2)",
	"(a.b := 1)",
	"if x = 1: pass",
	"if x.y = 1: pass",
	"(a, b): int",
	"[a]: int",
	"a, b: int",
	"a + 1: int",
	"f() = 1\nx = yield = 1",
	"f() += 1",
	"del f()",
	"del *a",
	"[*a for a in b]",
	"[a, b for a in c]",
	"[a, for a in c]",
	"{**a for a in b}",
	"def f(a=1, b): pass",
	"def f((a)): pass",
	"def f(/, a): pass",
	"def f(a, /, b, /): pass",
	"def f(*, a, /): pass",
	"def f(a=1/, b): pass",
	"def f(a=): pass",
	"def f(*): pass",
	"def f(*a=1): pass",
	"def f(*a, *b): pass",
	"def f(**a=1): pass",
	"def f(**a, b): pass",
	"def f(**a, *b): pass",
	"lambda a=1, b: 0",
	"lambda (a): 0",
	"lambda /: 0",
	"lambda a, /, b, /: 0",
	"lambda *, a, /: 0",
	"lambda *: 0",
	"lambda *a=1: 0",
	"lambda *a, *b: 0",
	"lambda **a=1: 0",
	"lambda **a, b: 0",
	"with a as 1: pass",
	"for 1 in x: pass",
	"(*a)",
	"(**a)",
	"from a import b,",
	"with a, b\n  pass",
	"with (a, b)\n  pass",
	"with a:\npass",
	"try:\npass",
	"try:\n  pass\nx",
	"try:\n  pass\nexcept A:\n  pass\nexcept* B:\n  pass",
	"try:\n  pass\nexcept* A:\n  pass\nexcept B:\n  pass",
	"try:\n  pass\nexcept A, B:\n  pass",
	"try:\n  pass\nexcept A\n  pass",
	"try:\n  pass\nexcept\n  pass",
	"try:\n  pass\nexcept*:\n  pass",
	"try:\n  pass\nfinally:\npass",
	"try:\n  pass\nexcept A:\npass",
	"try:\n  pass\nexcept* A:\npass",
	"match x\n  case 1: pass",
	"match x:\ncase 1: pass",
	"match x:\n  case 1\n    pass",
	"match x:\n  case 1:\n  pass",
	"match x:\n  case 1 as _: pass",
	"match x:\n  case 1 as a.b: pass",
	"match x:\n  case A(a=1, b): pass",
	"if x\n  pass",
	"if x:\npass",
	"if x: pass\nelif y\n  pass",
	"if x: pass\nelif y:\npass",
	"if x: pass\nelse:\npass",
	"while x\n  pass",
	"while x:\npass",
	"for x in y\n  pass",
	"for x in y:\npass",
	"async for x in y:\npass",
	"def f():\npass",
	"async def f():\npass",
	"class A\n  pass",
	"class A:\npass",
	"{1: *a}",
	"{1: }",
	"{1: 2, 3}",
	"{1: 2, 3: }",
	"{1 2}",
}

func TestParseInvalidRulesAgainstPython(t *testing.T) {
	checkAgainstPython(t, "exec", ModeExec, parseInvalidRuleCases)
}

// parseFStringErrorCases have errors inside f-string replacement fields,
// which the sub-parser reports.
var parseFStringErrorCases = []string{
	"f'{a b}'", "f'{a $ b}'", "f'{1_}'", "f'{a €}'", "f'{(}'", "f'{a:=1}'", "f'{yield}'", "f'{*a}'", "f'{a b}' f'{c d}'",
	"x = 1\nf'''\n{\na b}'''", "f'''{\n1_\n}'''", "f'{lambda x: 1}'", "f'{a!r b}'", "f'{a = }'", "f'{\"a\" \"b\" c}'",
	"f'{f\"{a b}\"}'", "f'{a if b}'", "f'{x = 1}'", "f'{a(b=c d)}'", "f'{a.}'", "f'{a[}'", "f'{print \"x\"}'",
	"f'{é b}'", "x = (f'{a}'\n  f'{b c}')", "f'{a:{b c}}'",
}

func TestParseFStringErrorsAgainstPython(t *testing.T) {
	checkAgainstPython(t, "exec", ModeExec, parseFStringErrorCases)
}

// TestParseNestedErrorsAgainstPython checks errors deep inside nested
// brackets (which must also stay fast in the error pass).
func TestParseNestedErrorsAgainstPython(t *testing.T) {
	r := strings.Repeat
	cases := []string{
		r("(", 190) + "1 2" + r(")", 190), r("[", 190) + "1 2" + r("]", 190), r("{", 190) + "1 2" + r("}", 190),
		r("f(", 190) + "1 2" + r(")", 190), r("(a, ", 150) + "1 2" + r(")", 150), r("(x := ", 190) + "1 2" + r(")", 190),
		r("[x for x in ", 190) + "1 2" + r("]", 190), r("lambda: ", 1000) + "1 2", r("{a: ", 190) + "1 2" + r("}", 190),
		r("a[", 190) + "1 2" + r("]", 190), r("if x:\n", 90) + "  1 2\n", r("(", 190) + "1" + r(")", 190) + " = 2",
		"x = " + r("(", 190) + "1" + r(")", 190) + " 2", r("(", 201) + r(")", 201), r("-", 900) + "1",
		r("not ", 900) + "x", "x" + r(".a", 900), r("if x:\n ", 99) + "pass\n",
	}
	checkAgainstPython(t, "exec", ModeExec, cases)
}

// parseSoftKeywordCases use match, case and _ as names and as keywords.
var parseSoftKeywordCases = []string{
	"match x\n", "match x, y\n", "match(x)\n", "match (x)\n", "match [x]\n", "match -x\n", "match * x\n",
	"match.a = 1\n", "match: int = 1\n", "match, case = 1, 2\n", "case = 1\n", "_ = 1\n", "print(match, case, _)\n",
	"match x:\n    case 1:\n        match = 2\n", "match match:\n    case case:\n        pass\n",
	"match x:\n    case _:\n        pass\n    case _ if _:\n        pass\n", "match x:\n  case 1: pass\n  case:\n    pass\n",
	"match x:\n    case {**_}: pass\n", "match x:\n    case [*_, *_]: pass\n", "match x:\n    case a.b(): pass\n",
	"match x:\n    case -0j: pass\n", "match x:\n    case -1+1j: pass\n", "match x:\n    case 1 | (2 | 3): pass\n",
	"match x:\n    case (): pass\n    case (a,): pass\n    case [a,]: pass\n", "match x:\n    case f'{a}': pass\n",
	"match x:\n    case a if b := c: pass\n", "match x:\n    case A(b=c, d=e,): pass\n", "match x:\n    case {1: _, **rest,}: pass\n",
	"match(x):\n    case 1: pass\n", "match x,:\n    case 1: pass\n", "match *a:\n    case 1: pass\n", "match lambda: x:\n    case 1: pass\n",
	"match x:\n    case 1+1: pass\n", "match x:\n    case a as b as c: pass\n", "match x:\n    case (a as b) as c: pass\n",
	"match x:\n    case A.B.C(d.e): pass\n", "match x:\n    case {a: 1}: pass\n", "match x:\n    case *a: pass\n",
	"match x:\n    case **a: pass\n", "match x:\n    case a | b: pass\n", "match x:\n    case 'a' f'b': pass\n",
}

func TestParseSoftKeywordsAgainstPython(t *testing.T) {
	checkAgainstPython(t, "exec", ModeExec, parseSoftKeywordCases)
}

// TestParseStringErrorsAgainstPython runs the error cases through
// ParseString against compile() of a str, whose error texts come from the
// tokenizer's buffer rather than the file.
func TestParseStringErrorsAgainstPython(t *testing.T) {
	cases := append(append(append([]string{}, parseErrorCases...), parseInvalidRuleCases...), parseNonASCIICases...)
	want := oracleParse(t, "exec-str", cases)
	for i, src := range cases {
		got := kraitResult(ParseString(src, "<test>", ModeExec))
		if fmt.Sprint(got) != fmt.Sprint(want[i]) {
			t.Errorf("%q:\n got  %v\n want %v", src, got, want[i])
		}
	}
}

// TestParseScriptAgainstPython runs scripts under python3.11 (with a
// sitecustomize hook that prints the SyntaxError's attributes) and
// compares ParseScript's errors.
func TestParseScriptAgainstPython(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	dir := t.TempDir()
	hook := "import sys, json\n" +
		"def hook(t, e, tb):\n" +
		"    print(json.dumps([t.__name__, e.msg, e.lineno or 0, e.offset or 0, e.end_lineno or 0, e.end_offset or 0, e.text or '']))\n" +
		"sys.excepthook = hook\n"
	os.WriteFile(dir+"/sitecustomize.py", []byte(hook), 0o644)
	cases := []string{
		"if x:\n# only a comment\n", "if x:\n", "x = (1 +\n", "a b\n", "if x:\n  pass\n 1\n", "x = 1 +",
		"def f():\n    x = $\n", "for x in y:\n", "class C:\n\n\n", "try:\n    pass\n", "x = 1\n  y\n",
	}
	for i, src := range cases {
		name := fmt.Sprintf("%s/s%d.py", dir, i)
		os.WriteFile(name, []byte(src), 0o644)
		cmd := exec.Command(py, name)
		cmd.Env = append(os.Environ(), "PYTHONPATH="+dir)
		out, _ := cmd.Output()
		var want []any
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatalf("%q: %s", src, out)
		}
		got := kraitResult(ParseScript([]byte(src), name))
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q:\n got  %v\n want %v", src, got, want)
		}
	}
}

// TestParseLinesEvalSingle parses single stdlib lines in eval and single
// mode (most are errors there) and compares with python3.11.
func TestParseLinesEvalSingle(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	var lines []string
	seen := map[string]bool{}
	for _, src := range smallStdlibFiles(t, 6000, 25) {
		for _, l := range strings.Split(src, "\n") {
			l = strings.TrimSpace(l)
			if l != "" && !seen[l] && utf8Valid(l) {
				seen[l] = true
				lines = append(lines, l)
			}
		}
	}
	for _, m := range []struct {
		name string
		mode Mode
	}{{"eval", ModeEval}, {"single", ModeSingle}} {
		want := oracleParse(t, m.name, lines)
		bad := 0
		for i, src := range lines {
			got := kraitParse(src, m.mode)
			if fmt.Sprint(got) != fmt.Sprint(want[i]) {
				if bad++; bad <= 20 {
					t.Errorf("%s %q:\n got  %s\n want %s", m.name, src, clip(fmt.Sprint(got), 300), clip(fmt.Sprint(want[i]), 300))
				}
			}
		}
		t.Logf("%s: %d lines, %d differ", m.name, len(lines), bad)
	}
}

// TestParseInvalidRulesInContext runs the invalid-rule cases indented in a
// function, after other lines, and after non-ASCII text, so that their
// locations are checked away from line 1, column 0.
func TestParseInvalidRulesInContext(t *testing.T) {
	var cases []string
	for _, c := range append(append([]string{}, parseInvalidRuleCases...), parseErrorCases...) {
		lines := strings.Split(c, "\n")
		for i := range lines {
			lines[i] = "    " + lines[i]
		}
		cases = append(cases, "def f():\n"+strings.Join(lines, "\n")+"\n", "x = 1\n\n"+c, "é = 'ü'; "+c, c+"\n")
	}
	checkAgainstPython(t, "exec", ModeExec, cases)
	want := oracleParse(t, "exec-str", cases)
	for i, src := range cases {
		got := kraitResult(ParseString(src, "<test>", ModeExec))
		if fmt.Sprint(got) != fmt.Sprint(want[i]) {
			t.Errorf("ParseString %q:\n got  %v\n want %v", src, got, want[i])
		}
	}
}
