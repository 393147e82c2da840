// This file tests that a Go panic inside the interpreter becomes a Python
// SystemError at the nearest run() (here exec's: native code re-entering
// running Python code adds none, call17_reentry.go) and leaves the thread
// usable: frames pushed by the loop, entered by a Go caller and generators
// resumed without their own run() are unwound, and the recursion depth is
// restored.

package runtime

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"krait/syntax"
)

func TestGoPanicBecomesSystemError(t *testing.T) {
	src := `
def probe():
    n = 0
    def r():
        nonlocal n
        n += 1
        r()
    try:
        r()
    except RecursionError:
        pass
    return n

def deep(k):
    return deep(k - 1) if k else boom()

def gen():
    yield 1
    yield deep(5)

before = probe()
for _ in range(3):
    try:
        exec("sorted([1, 2], key=lambda x: deep(3))")
    except SystemError as e:
        print("sorted", "Go panic" in str(e))
    g = gen()
    try:
        exec("print('key', sorted([1, 2], key=lambda x: list(g)))")
    except SystemError as e:
        print("generator", "Go panic" in str(e))
    try:
        next(g)
    except StopIteration:
        print("finished")
print("depth restored", probe() == before)
`
	got := runWithBoom(t, src, "panic_test.py")
	want := strings.Repeat("sorted True\ngenerator True\nfinished\n", 3) + "depth restored True\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// runWithBoom runs src as __main__ with a builtin boom() that panics in Go,
// and returns what it printed.
func runWithBoom(t *testing.T, src, name string) string {
	t.Helper()
	co, exc := CompileSource([]byte(src), name, syntax.ModeExec)
	if exc != nil {
		t.Fatalf("compile: %v", exc)
	}
	m := NewModule("__main__")
	boom := &Method{Name: "boom", Flags: MethNoArgs, Fn: func(Value, []Value) (Value, *Exception) {
		panic("test panic")
	}}
	m.Dict.SetStr(Intern("boom"), NewBuiltinFunction(boom, Value{}, "__main__"))
	var buf bytes.Buffer
	saved := Stdout
	Stdout = bufio.NewWriter(&buf)
	defer func() { Stdout = saved }()
	if _, exc := RunCode(co, m.Dict, Value{}); exc != nil {
		t.Fatalf("uncaught: %v", exc)
	}
	Stdout.Flush()
	return buf.String()
}
