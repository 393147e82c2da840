// This file tests that a Go panic inside a generator resumed in the loop
// (generator_loop.go) is unwound like one in a pushed frame: the
// generator is finished and not running, and the recursion depth and
// the exc_info stack are restored. The SystemError is raised at the
// nearest run(), exec's here (call17_reentry.go).

package runtime

import (
	"strings"
	"testing"
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
            exec("sorted([1, 2], key=lambda x: [y for y in g])")
    except SystemError as e:
        print("generator", "Go panic" in str(e), g.gi_running)
    try:
        next(g)
    except StopIteration:
        print("finished")
print("depth restored", probe() == before)
`
	nHandled := len(curThread.outerHandled)
	got := runWithBoom(t, src, "panic_gen_test.py")
	want := strings.Repeat("generator True False\nfinished\n", 3) + "depth restored True\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if n := len(curThread.outerHandled); n != nHandled || curThread.handled != nil {
		t.Errorf("exc_info stack has %d entries after the run (want %d), handled %v", n, nHandled, curThread.handled)
	}
}
