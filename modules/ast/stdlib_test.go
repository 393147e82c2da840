// This file tests the conversions both ways on stdlib files: source is
// parsed to AST objects (as ast.parse does), converted back to a syntax
// tree (as compile() of an AST does) and dumped, which must equal
// python3.11's ast.dump(ast.parse(src), include_attributes=True) and
// compile to exactly the code the parsed tree compiles to.

package ast

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"krait/compiler"
	"krait/runtime"
	"krait/syntax"
)

var stdlibSample = []string{
	"ast.py", "inspect.py", "dataclasses.py", "traceback.py", "pprint.py",
	"unittest/case.py", "typing.py", "enum.py", "functools.py", "collections/__init__.py",
	"argparse.py", "string.py", "re/_parser.py", "asyncio/tasks.py", "json/decoder.py",
	"textwrap.py", "contextlib.py", "fractions.py", "email/_header_value_parser.py",
}

const dumpScript = `
import ast, sys
for f in sys.argv[1:]:
    with open(f, 'rb') as fh:
        src = fh.read()
    print(ast.dump(ast.parse(src, f), include_attributes=True))
    print('\x00')
`

func newState(t *testing.T) *state {
	t.Helper()
	if _, err := runtime.NewModuleFromDef(Module); err != nil {
		t.Fatal(err)
	}
	return current
}

func TestStdlibRoundTrip(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	libdir := "/usr/lib/python3.11"
	var files []string
	sample := stdlibSample
	if os.Getenv("KRAIT_AST_ALL") != "" { // every top-level module, ~1 min
		all, _ := filepath.Glob(filepath.Join(libdir, "*.py"))
		sample = sample[:0:0]
		for _, p := range all {
			sample = append(sample, filepath.Base(p))
		}
	}
	for _, f := range sample {
		p := filepath.Join(libdir, f)
		if _, err := os.Stat(p); err == nil {
			files = append(files, p)
		}
	}
	if len(files) == 0 {
		t.Skip("no stdlib sources")
	}
	out, err := exec.Command(py, append([]string{"-c", dumpScript}, files...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(string(out), "\n\x00\n")
	st := newState(t)
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, serr := syntax.Parse(src, f, syntax.ModeExec)
		if serr != nil {
			t.Fatalf("%s: %v", f, serr)
		}
		obj, exc := st.toPython(res.Tree)
		if exc != nil {
			t.Fatalf("%s: to Python: %v", f, exc)
		}
		back, exc := (&fromConv{st: st}).mod(obj, "exec")
		if exc != nil {
			t.Fatalf("%s: from Python: %v", f, exc)
		}
		if err := validate(back); err != nil {
			t.Errorf("%s: validate: %v", f, err)
		}
		if got := syntax.Dump(back, true); got != strings.TrimSuffix(want[i], "\n") {
			t.Errorf("%s: round trip differs from python3.11's ast.dump", f)
		}
		sameCode(t, f, res.Tree, back)
	}
}

// sameCode checks that compiling the round-tripped tree gives exactly the
// code (instructions, constants, positions) the parsed tree gives.
func sameCode(t *testing.T, f string, a, b syntax.Mod) {
	t.Helper()
	ca, err := compiler.Compile(a, f, syntax.ModeExec, compiler.Options{})
	if err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	cb, err := compiler.Compile(b, f, syntax.ModeExec, compiler.Options{})
	if err != nil {
		t.Fatalf("%s: round trip: %v", f, err)
	}
	if !reflect.DeepEqual(ca, cb) {
		t.Errorf("%s: the round-tripped tree compiles differently", f)
	}
}
