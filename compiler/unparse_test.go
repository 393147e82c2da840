// This file compares Unparse with the strings CPython 3.11 stores for
// annotations under `from __future__ import annotations`.

package compiler

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"krait/syntax"
)

var unparseCases = []string{
	"int", "list[int]", "dict[str,   int]", "a.b.c", "x[1:2, ::3]", "x[()]", "x[a, b]", "x[(a, b)]",
	"'str'", `"it's"`, "b'x'", "1.5", "1e400", "-1", "not a", "a and b or c", "(a or b) and c",
	"a if b else c", "a < b <= c", "f(x, *y, z=1, **k)", "[1, 2]", "{1: 2, **d}", "{1, 2}",
	"(1,)", "()", "a | b | None", "Callable[[int, str], None]", "Literal['a', \"b\"]",
	"-x ** 2", "(-x) ** 2", "x ** -y", "a + b * c", "(a + b) * c", "a - (b - c)", "~x",
	"lambda: 1", "...", "1j", "Optional['Foo']", "x[1:]", "x[:2]", "x[::]", "x[a:b:c]", "(yield)",
	"await x", "{}", "a @ b", "a // b % c", "a << b >> c", "x.y[z].w(1)", "1 .real", "2.0 .real",
}

func TestUnparseMatchesCPython(t *testing.T) {
	if _, err := exec.LookPath("python3.11"); err != nil {
		t.Skip("no python3.11")
	}
	script := `import json, sys
out = []
for src in json.load(sys.stdin):
    ns = {}
    try:
        exec("from __future__ import annotations\nx: " + src + "\n", ns)
        out.append(ns["__annotations__"]["x"])
    except SyntaxError as e:
        out.append(None)
print(json.dumps(out))
`
	in, _ := json.Marshal(unparseCases)
	cmd := exec.Command("python3.11", "-c", script)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []*string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, src := range unparseCases {
		if want[i] == nil {
			continue
		}
		res, perr := syntax.ParseString(src, "<u>", syntax.ModeEval)
		if perr != nil {
			t.Errorf("%s: %v", src, perr)
			continue
		}
		if got := Unparse(res.Tree.(*syntax.Expression).Body); got != *want[i] {
			t.Errorf("Unparse(%s) = %q, want %q", src, got, *want[i])
		}
	}
}
