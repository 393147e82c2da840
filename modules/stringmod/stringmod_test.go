// This file tests _string through Python snippets run by Krait and by
// python3.11, comparing the repr of their result.

package stringmod

import (
	"testing"

	"krait/internal/pysnippet"
	"krait/runtime"
)

func init() { runtime.RegisterModule(Module) }

var snippets = []string{
	`import _string
r = (list(_string.formatter_parser("a{0.x[1]!r:>{w}}b{{c}}{}")),
     [(f, list(rest)) for f, rest in map(_string.formatter_field_name_split, ["0.a[b][2]", "name", ""])])`,
}

func TestSnippetsOracle(t *testing.T) {
	for _, src := range snippets {
		if got, want := pysnippet.Krait(t, src), pysnippet.Oracle(t, src); got != want {
			t.Errorf("%s\n got %s\nwant %s", src, got, want)
		}
	}
}
