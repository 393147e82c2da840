// This file tests _functools through Python snippets run by Krait and by
// python3.11, comparing the repr of their result.

package functools

import (
	"testing"

	"krait/internal/pysnippet"
	"krait/runtime"
)

func init() { runtime.RegisterModule(Module) }

var snippets = []string{
	// LRU eviction order under a random access pattern.
	`import _functools
log = []
def f(x):
    log.append(x)
    return x * 2
w = _functools._lru_cache_wrapper(f, 5, False, lambda *a: a)
seed = 7
for i in range(300):
    seed = (seed * 1103515245 + 12345) % 2**31
    w(seed % 11)
r = (log, w.cache_info())`,
	// Typed keys and keyword order make distinct entries.
	`import _functools
w = _functools._lru_cache_wrapper(lambda *a, **k: len(a) + len(k), None, True, lambda *a: a)
for args in [(1,), (1.0,), (True,), ('1',), (1, 2), (1,)]:
    w(*args)
w(a=1, b=2); w(b=2, a=1); w(a=1, b=2)
r = w.cache_info()`,
	// Nested partials flatten and merge keywords.
	`import _functools
p = _functools.partial(_functools.partial(dict, a=1, b=2), b=3, c=4)
r = (p.func is dict, p.args, sorted(p.keywords.items()), sorted(p(d=5).items()), repr(p))`,
	// reduce and cmp_to_key agree with the oracle on a sort.
	`import _functools
data = [(i * 37) % 23 for i in range(40)]
r = (sorted(data, key=_functools.cmp_to_key(lambda a, b: (a % 5 - b % 5) or (b - a))),
     _functools.reduce(lambda a, b: a * 31 + b, data, 7))`,
}

func TestSnippetsOracle(t *testing.T) {
	for _, src := range snippets {
		if got, want := pysnippet.Krait(t, src), pysnippet.Oracle(t, src); got != want {
			t.Errorf("%s\n got %s\nwant %s", src, got, want)
		}
	}
}
