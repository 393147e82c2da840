// This file tests the fast re-entry of native code into Python functions
// (call17_reentry.go): a Go panic under several nested entries made
// without their own run() unwinds them all, restoring the frame pool, the
// slab top and the recursion depth.

package runtime

import (
	"strings"
	"testing"

	"krait/syntax"
)

func TestPlainReentryPanicUnwinds(t *testing.T) {
	src := `
def deep(k):
    return deep(k - 1) if k else boom()

def inner(x):
    return list(map(lambda y: deep(2), [x]))

for _ in range(3):
    try:
        exec("min([1, 2, 3], key=lambda b: sorted([1, b], key=inner))")
    except SystemError as e:
        print("min", "Go panic" in str(e))
    try:
        exec("list(filter(lambda x: min([x], key=inner), [1]))")
    except SystemError as e:
        print("filter", "Go panic" in str(e))
def handling(x):
    try:
        raise KeyError(x)
    except KeyError:
        return boom()

try:
    exec("sorted([1], key=handling)")
except SystemError:
    import sys
    print("handled", sys.exc_info()[0].__name__)
print("after", sys.exc_info())
print(list(map(lambda x: x + 1, [1, 2])))
`
	th := curThread
	npool, top, depth, nHandled := th.npool, th.top, th.depth, len(th.outerHandled)
	got := runWithBoom(t, src, "reentry_test.py")
	want := strings.Repeat("min True\nfilter True\n", 3) +
		"handled SystemError\nafter (None, None, None)\n[2, 3]\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// Uncaught: the module's own run() is the nearest.
	co, exc := CompileSource([]byte("sorted([1], key=lambda x: list(map(boom2, [x])))"), "m.py", syntax.ModeExec)
	if exc != nil {
		t.Fatal(formatExceptionOnly(exc))
	}
	m := NewModule("__main__")
	m.Dict.SetStr(Intern("boom2"), NewBuiltinFunction(&Method{Name: "boom2", Flags: MethO,
		Fn: func(Value, []Value) (Value, *Exception) { panic("test panic") }}, Value{}, "__main__"))
	if _, exc := RunCode(co, m.Dict, Value{}); exc == nil || !exc.Matches(SystemErrorType) {
		t.Errorf("want a SystemError, got %v", exc)
	}
	if n := len(th.outerHandled); n != nHandled || th.handled != nil {
		t.Errorf("exc_info stack has %d entries after the run (want %d), handled %v", n, nHandled, th.handled)
	}
	if th.npool != npool || th.top != top || th.depth != depth {
		t.Errorf("thread state not restored: npool %d->%d top %d->%d depth %d->%d",
			npool, th.npool, top, th.top, depth, th.depth)
	}
}
