package readline

import (
	"maps"
	"testing"
)

func TestParseBind(t *testing.T) {
	saved := maps.Clone(bindings)
	defer func() { bindings = saved }()
	cases := []struct {
		line, key string
		want      binding
	}{
		{`Control-a: "|t\xEB"`, "\x01", binding{macro: "|t\xeb"}},
		{`"\C-a": backward-char`, "\x01", binding{command: "backward-char"}},
		{`"\e[Z": end-of-line`, "\x1b[Z", binding{command: "end-of-line"}},
		{`Meta-x: "\t\\\""`, "\x1bx", binding{macro: "\t\\\""}},
		{`tab: complete`, "\t", binding{command: "complete"}},
		{`"a:b": kill-line`, "a:b", binding{command: "kill-line"}},
		{`"\101\x42": 'q'`, "AB", binding{macro: "q"}},
	}
	for _, c := range cases {
		parseBind(c.line)
		if got := bindings[c.key]; got != c.want {
			t.Errorf("%s: bound %q to %+v, want %+v", c.line, c.key, got, c.want)
		}
		delete(bindings, c.key)
	}
	parseBind("set Show-All-If-Ambiguous On")
	if variables["show-all-if-ambiguous"] != "on" {
		t.Errorf("set: variables = %v", variables)
	}
}
