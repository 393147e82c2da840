// This file tests _contextvars through Python snippets run by Krait and by
// python3.11, comparing the repr of their result.

package contextvars

import (
	"testing"

	"krait/internal/pysnippet"
	"krait/runtime"
)

func init() { runtime.RegisterModule(Module) }

var snippets = []string{
	`import _contextvars as cv
v = cv.ContextVar("v", default=0)
def step(n):
    v.set(v.get() + n)
    return v.get()
c = cv.copy_context()
outs = [c.run(step, i) for i in range(5)]
t = v.set(42)
inner = cv.copy_context()
v.reset(t)
r = (outs, c[v], v.get(), inner[v], len(c), list(inner.values()))`,
}

func TestSnippetsOracle(t *testing.T) {
	for _, src := range snippets {
		if got, want := pysnippet.Krait(t, src), pysnippet.Oracle(t, src); got != want {
			t.Errorf("%s\n got %s\nwant %s", src, got, want)
		}
	}
}
