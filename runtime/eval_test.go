// This file tests the interpreter end to end: small programs run on Krait
// and on python3.11, whose outputs must agree.

package runtime

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"krait/syntax"
)

var evalPrograms = map[string]string{
	"arith": "print(1+2, 7//2, -7//2, 7%-3, 2**100, 1/3, 10**20 - 1, -(2**63), 3*1.5)\n",
	"loop":  "t = 0\nfor i in range(1000):\n    t += i*2\nprint(t)\n",
	"fib":   "def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nprint(fib(20))\n",
	"class": `class A:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"A({self.x!r})"
    def __add__(self, o): return A(self.x + o.x)
class B(A):
    def __init__(self, x):
        super().__init__(x * 2)
print(A(1) + B(2), isinstance(B(1), A), B.__mro__)
`,
	"exceptions": `def f():
    try:
        1/0
    except ZeroDivisionError as e:
        print("caught", e)
        raise ValueError("v") from e
    finally:
        print("finally")
try:
    f()
except ValueError as e:
    print(repr(e), type(e.__cause__).__name__)
`,
	"generators": `def gen(n):
    for i in range(n):
        x = yield i
        if x: print("sent", x)
    return "done"
g = gen(3)
print(next(g), g.send("a"), list(g))
def outer():
    r = yield from gen(2)
    print("r", r)
print(list(outer()))
`,
	"closures": `def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make(); c(); print(c(), [x*y for x in range(3) for y in range(2)], {k: v for k, v in zip("ab", (1, 2))})
`,
	"containers": `l = [3, 1, 2]; l.sort(); l.append(4)
d = {"a": 1}; d["b"] = 2
s = {1, 2}; s.add(3)
print(l, l[1:3], l[::-1], d, sorted(s), (1, 2) + (3,), "abc"[1], "a,b".split(","), "-".join(["x", "y"]))
print(min(l), max(l, key=lambda x: -x), sum(l), list(enumerate("ab")), list(map(str, l)))
`,
}

func TestEvalDifferential(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	dir := t.TempDir()
	for name, src := range evalPrograms {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".py")
			os.WriteFile(path, []byte(src), 0o644)
			cmd := exec.Command(py, path)
			cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("python3.11: %v", err)
			}
			got := runForTest(t, src, path)
			if got != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// runForTest runs src as __main__ and returns what it printed.
func runForTest(t *testing.T, src, path string) string {
	var buf bytes.Buffer
	saved := Stdout
	Stdout = bufio.NewWriter(&buf)
	defer func() { Stdout = saved }()
	co, exc := CompileSource([]byte(src), path, syntax.ModeExec)
	if exc != nil {
		t.Fatalf("compile: %v", exc)
	}
	m := NewModule("__main__")
	if _, exc := RunCode(co, m.Dict, Value{}); exc != nil {
		var tb bytes.Buffer
		PrintException(&tb, exc)
		t.Fatalf("uncaught: %s", tb.String())
	}
	Stdout.Flush()
	return buf.String()
}
