// This file tests which functions may lend their *args and **kwargs
// (kw18_lend.go): only those passing them straight to one CALL_EX.

package runtime

import (
	"testing"

	"krait/syntax"
)

func TestLendableCode(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{"def f(*args, **kwargs):\n    return g(*args, **kwargs)\n", true},
		{"def f(*args):\n    return g(*args)\n", true},
		{"def f(**kwargs):\n    return g(**kwargs)\n", true},
		{"def f(a, *args, **kwargs):\n    return g(a, *args, **kwargs)\n", false},   // args copied into a list first (not recognised)
		{"def f(*args, **kwargs):\n    return g(1, *args, x=1, **kwargs)\n", false}, // kwargs merged
		{"def f(*args, **kwargs):\n    return g(*args, **kwargs) + g(*args, **kwargs)\n", true},
		{"def f(*args, **kwargs):\n    return len(args) + len(kwargs)\n", false},
		{"def f(*args, **kwargs):\n    r = g(*args, **kwargs)\n    return args\n", false},
		{"def f(*args, **kwargs):\n    args = ()\n    return g(*args, **kwargs)\n", false},
		{"def f(*args, **kwargs):\n    del args\n    return g(**kwargs)\n", false},
		{"def f(*args, **kwargs):\n    h = lambda: args\n    return g(*args, **kwargs)\n", false},
		{"def f(*args, **kwargs):\n    yield g(*args, **kwargs)\n", false},
		{"async def f(*args, **kwargs):\n    return g(*args, **kwargs)\n", false},
		{"def f(*args, **kwargs):\n    return g(*args, *args)\n", false},
		{"def f(*args, **kwargs):\n    return g(*kwargs)\n", false},
		{"def f(a, b):\n    return g(a, b)\n", false},
	}
	for _, tc := range cases {
		co, err := CompileSource([]byte(tc.src), "<test>", syntax.ModeExec)
		if err != nil {
			t.Fatal(formatExceptionOnly(err))
		}
		var fc *Code
		for _, k := range co.consts {
			if k.Type() == CodeType {
				fc = ptrOf[Code](k)
			}
		}
		if fc == nil {
			t.Fatalf("%q: no function code", tc.src)
		}
		if got := lendableCode(fc); got != tc.want {
			t.Errorf("%q: lendableCode = %v, want %v", tc.src, got, tc.want)
		}
	}
}
