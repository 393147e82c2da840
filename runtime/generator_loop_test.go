// This file tests that a Go panic inside a generator resumed in the loop
// (generator_loop.go) is unwound like one in a pushed frame: the
// generator is finished and not running, and the recursion depth and
// the exc_info stack are restored.

package runtime

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"krait/syntax"
)

func TestGoPanicInLoopGenerator(t *testing.T) {
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

def gen():
    yield 1
    yield boom()

def relay(it):
    for x in it:
        yield x

before = probe()
for _ in range(3):
    g = relay(gen())
    try:
        try:
            raise KeyError
        except KeyError:
            sorted([1, 2], key=lambda x: [y for y in g])
    except SystemError as e:
        print("generator", "Go panic" in str(e), g.gi_running)
    try:
        next(g)
    except StopIteration:
        print("finished")
print("depth restored", probe() == before)
`
	co, exc := CompileSource([]byte(src), "panic_gen_test.py", syntax.ModeExec)
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
	nHandled := len(curThread.outerHandled)
	if _, exc := RunCode(co, m.Dict, Value{}); exc != nil {
		t.Fatalf("uncaught: %v", exc)
	}
	Stdout.Flush()
	got := buf.String()
	want := strings.Repeat("generator True False\nfinished\n", 3) + "depth restored True\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if n := len(curThread.outerHandled); n != nHandled || curThread.handled != nil {
		t.Errorf("exc_info stack has %d entries after the run (want %d), handled %v", n, nHandled, curThread.handled)
	}
}
