// This file fuzzes Compile: on any source that parses it must return a Code
// (which passes verifyCode) or a SyntaxError, never panic.

package compiler

import (
	"testing"

	"krait/syntax"
)

var compileSeeds = []string{
	"x = 1\n", "def f(a, /, b=1, *c, d, **e) -> int:\n    return a\n",
	"async def f():\n    async with a as b:\n        await c\n    async for x in y: pass\n    return [i async for i in z]\n",
	"class C(B, *bs, metaclass=M, **kw):\n    x: int = 1\n    def m(self): return super().m(__class__)\n",
	"try:\n    pass\nexcept* E as e:\n    raise\nfinally:\n    del x\n",
	"match p:\n    case [1, *r] | [2, *r]:\n        pass\n    case {'k': v, **kw} if v:\n        pass\n    case C(1, a=[x, *_, y]) as z:\n        pass\n    case -1 | 1+2j | None | 'a' | b.c:\n        pass\n    case _:\n        pass\n",
	"def g():\n    x = yield\n    y = yield from x\n    return (lambda: (yield))\n",
	"def f():\n    for i in range(3):\n        try:\n            continue\n        finally:\n            break\n    while x:\n        with a, b as (c, d):\n            return\n",
	"f'{x!r:>{w}} {y=}'", "a, *b, c = d\n[e, f] = g = h\nx.y += 1\nz[1:2] -= 3\n",
	"from __future__ import annotations\ndef f(a: list[int] = 1) -> 'x': pass\nv: dict[str, int]\n",
	"import a.b.c as d\nfrom .x import *\nfrom ..y import (z as w)\n", "assert x, y\ndel a, b[1], c.d\n",
	"def f():\n    nonlocal_ = 1\n    def g():\n        nonlocal nonlocal_\n        nonlocal_ += 1\n    global q\n    q = 2\n",
	"x = 1 if a < b < c else not d or e and f\n", "(y := 10) + y\nprint(*a, *b, k=1, **c, **d)\n",
}

func FuzzCompile(f *testing.F) {
	for _, s := range compileSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, mode := range []syntax.Mode{syntax.ModeExec, syntax.ModeEval, syntax.ModeSingle} {
			res, err := syntax.ParseString(src, "<fuzz>", mode)
			if err != nil {
				continue
			}
			for _, opt := range []int{0, 2} {
				code, err := Compile(res.Tree, "<fuzz>", mode, Options{Optimize: opt})
				if err == nil {
					verifyCode(t, code)
				}
			}
		}
	})
}

// BenchmarkCompileStdlib measures parsing plus compiling (reported
// separately) over a sample of the library.
func BenchmarkCompileStdlib(b *testing.B) {
	files := stdlibFiles(&testing.T{})
	var trees []syntax.Mod
	for _, f := range files {
		if len(trees) == 300 {
			break
		}
		src, _ := readFile(f)
		res, err := syntax.Parse(src, f, syntax.ModeExec)
		if err == nil {
			trees = append(trees, res.Tree)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, tr := range trees {
			Compile(tr, "x.py", syntax.ModeExec, Options{})
		}
	}
}
