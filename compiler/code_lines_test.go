// This file tests LineAt and Lines against PositionAt and Positions.
package compiler

import (
	"os"
	"testing"

	"krait/syntax"
)

func TestLineAtMatchesPositions(t *testing.T) {
	src := "import os\nx = 1\n\ndef f(a,\n      b):\n    if a:\n        return [i for i in\n                b]\n    raise ValueError(\n        'x')\nclass C:\n    y = f(1,\n          2)\n" +
		"try:\n    pass\nexcept E:\n    pass\n" + "z = (1 +\n2 +\n3)\n"
	res, perr := syntax.Parse([]byte(src), "<t>", syntax.ModeExec)
	if perr != nil {
		t.Fatal(perr)
	}
	top, cerr := Compile(res.Tree, "<t>", syntax.ModeExec, Options{})
	if cerr != nil {
		t.Fatal(cerr)
	}
	var check func(c *Code)
	check = func(c *Code) {
		pos := c.Positions()
		lines := c.Lines()
		if len(lines) != len(pos) {
			t.Fatalf("%s: %d lines, %d positions", c.Name, len(lines), len(pos))
		}
		for pc := -1; pc <= len(pos)+1; pc++ {
			if got, want := c.LineAt(pc), c.PositionAt(pc).Line; got != want {
				t.Errorf("%s: LineAt(%d) = %d, want %d", c.Name, pc, got, want)
			}
			if pc >= 0 && pc < len(pos) && lines[pc] != pos[pc].Line {
				t.Errorf("%s: Lines()[%d] = %d, want %d", c.Name, pc, lines[pc], pos[pc].Line)
			}
		}
		for _, k := range c.Consts {
			if sub, ok := k.(*Code); ok {
				check(sub)
			}
		}
	}
	check(top)
	for _, path := range []string{"/usr/lib/python3.11/os.py", "/usr/lib/python3.11/typing.py", "/usr/lib/python3.11/importlib/_bootstrap_external.py"} {
		b, err := os.ReadFile(path)
		if err != nil {
			continue // no CPython Lib here
		}
		res, perr := syntax.Parse(b, path, syntax.ModeExec)
		if perr != nil {
			t.Fatal(perr)
		}
		c, cerr := Compile(res.Tree, path, syntax.ModeExec, Options{})
		if cerr != nil {
			t.Fatal(cerr)
		}
		check(c)
	}
}
