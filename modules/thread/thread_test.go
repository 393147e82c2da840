// This file runs Python programs using _thread under the race detector:
// locks, RLocks, thread-local data and sentinels from several threads.

package thread

import (
	"strings"
	"testing"

	kr "krait/runtime"
	"krait/syntax"
)

func init() { kr.RegisterModule(Module) }

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

func TestThreadsLocksAndLocals(t *testing.T) {
	runPython(t, `
import _thread
lock = _thread.allocate_lock()
rlock = _thread.RLock()
loc = _thread._local()
total = [0]
seen = {}
ends = []
def work(i):
    s = _thread._set_sentinel()
    s.acquire()
    ends.append(s)
    loc.mine = i
    for k in range(3000):
        with lock:
            total[0] += 1
        with rlock:
            with rlock:
                total[0] += 1
    seen[i] = loc.mine
for i in range(4):
    _thread.start_new_thread(work, (i,))
while len(ends) < 4:
    pass
for s in ends:
    s.acquire()
assert total[0] == 24000, total
assert seen == {0: 0, 1: 1, 2: 2, 3: 3}, seen
assert not hasattr(loc, "mine")
l = _thread.allocate_lock()
l.acquire()
assert l.acquire(timeout=0.01) is False
`)
}
