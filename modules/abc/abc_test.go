// This file tests _abc through Python snippets run by Krait and by
// python3.11, comparing the repr of their result.

package abc

import (
	"testing"

	"krait/internal/pysnippet"
	"krait/runtime"
)

func init() { runtime.RegisterModule(Module) }

var snippets = []string{
	`import _abc
class M(type):
    def __new__(m, n, b, ns):
        c = super().__new__(m, n, b, ns); _abc._abc_init(c); return c
    def __instancecheck__(c, i): return _abc._abc_instancecheck(c, i)
    def __subclasscheck__(c, s): return _abc._abc_subclasscheck(c, s)
class A(metaclass=M):
    def f(self): pass
    f.__isabstractmethod__ = True
class B(A):
    def f(self): return 1
_abc._abc_register(A, int)
r = (sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), isinstance(3, A), issubclass(bool, A),
     issubclass(str, A), isinstance(B(), A), _abc.get_cache_token() > 0)`,
}

func TestSnippetsOracle(t *testing.T) {
	for _, src := range snippets {
		if got, want := pysnippet.Krait(t, src), pysnippet.Oracle(t, src); got != want {
			t.Errorf("%s\n got %s\nwant %s", src, got, want)
		}
	}
}
