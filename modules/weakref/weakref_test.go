// This file runs Python programs using _weakref under the race detector:
// callbacks queued by Go's cleanup goroutine run on the interpreter
// thread, and gc.collect() returns after they ran.

package weakref

import (
	"strings"
	"testing"

	"krait/modules/gc"
	kr "krait/runtime"
	"krait/syntax"
)

func init() { kr.RegisterModule(Module, gc.Module) }

func runPython(t *testing.T, src string) {
	t.Helper()
	co, err := kr.CompileSource([]byte(src), "<test>", syntax.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	g := kr.NewDict()
	g.SetStr(kr.Intern("__builtins__"), kr.BuiltinsModule().Value())
	if _, err := kr.RunCode(co, g, kr.Value{}); err != nil {
		var b strings.Builder
		kr.PrintException(&b, err)
		t.Fatal(b.String())
	}
}

func TestCallbacksManyObjects(t *testing.T) {
	runPython(t, `
import _weakref, gc
class C:
    pass
dead = []
def make(n):
    objs = [C() for i in range(n)]
    refs = [_weakref.ref(o, lambda r: dead.append(r)) for o in objs]
    keep = objs[::2]
    return keep, refs
keep, refs = make(2000)
gc.collect()
assert len(dead) == 1000, len(dead)
assert all(r() is None for r in dead)
assert sum(1 for r in refs if r() is not None) == 1000
assert _weakref.getweakrefcount(keep[0]) == 1
del keep
gc.collect()
assert len(dead) == 2000, len(dead)
`)
}

func TestStaticObjectsNeverDie(t *testing.T) {
	runPython(t, `
import _weakref, gc
r = _weakref.ref(int)
p = _weakref.proxy(len)
gc.collect()
assert r() is int and p([1, 2]) == 2
`)
}
