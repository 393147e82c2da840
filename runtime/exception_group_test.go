// This file tests exception groups against python3.11: the tree printed
// for an uncaught group, and except* merging what its clauses raise.

package runtime

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"krait/syntax"
)

var egUncaughtPrograms = map[string]string{
	"flat": `raise ExceptionGroup("two", [ValueError(1), TypeError("t")])
`,
	"nested_and_chained": `def f():
    raise ValueError("inner\nline2")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("t") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
e2 = KeyError('k')
e2.add_note("note one\nsecond line")
try:
    try:
        raise ExceptionGroup("inner", [e2, OSError(2)])
    except* KeyError:
        raise RuntimeError("in handler")
except Exception as e:
    excs.append(e)
excs.append(ExceptionGroup("nested", [ExceptionGroup("deep", [ValueError(i) for i in range(3)])]))
raise ExceptionGroup("top", excs)
`,
	"wide": `raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
`,
	"deep": `e = ValueError("leaf")
for i in range(12):
    e = ExceptionGroup(f"level {i}", [e])
raise e
`,
	"except_star_rest": `def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("new")
    except* OSError:
        raise
f()
`,
	"in_context": `try:
    raise ExceptionGroup("first", [ValueError(1)])
except ExceptionGroup:
    raise ExceptionGroup("second", [TypeError(2)])
`,
}

func TestExceptionGroupTraceback(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	dir := t.TempDir()
	for name, src := range egUncaughtPrograms {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".py")
			if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd := exec.Command(py, path)
			cmd.Stderr = &stderr
			cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
			_ = cmd.Run()
			got := uncaughtForTest(t, src, path)
			if got != stderr.String() {
				t.Errorf("got:\n%s\nwant:\n%s", got, stderr.String())
			}
		})
	}
}

// uncaughtForTest runs src as __main__ and returns the traceback printed
// for the exception it raises.
func uncaughtForTest(t *testing.T, src, path string) string {
	saved := Stdout
	var out bytes.Buffer
	Stdout = bufio.NewWriter(&out)
	defer func() { Stdout = saved }()
	co, exc := CompileSource([]byte(src), path, syntax.ModeExec)
	if exc != nil {
		t.Fatalf("compile: %v", exc)
	}
	_, exc = RunCode(co, NewModule("__main__").Dict, Value{})
	if exc == nil {
		t.Fatal("no exception raised")
	}
	var tb bytes.Buffer
	PrintException(&tb, exc)
	return tb.String()
}

func TestExceptionGroupSplitKeepsLeaves(t *testing.T) {
	v1, t2 := NewException(ValueErrorType, Int(1)), NewException(TypeErrorType, Int(2))
	g, err := Call(ExceptionGroupType.Value(), []Value{StrValue("g"), NewList([]Value{v1.Value(), t2.Value()})}, nil)
	if err != nil {
		t.Fatal(err)
	}
	m, r, err := egSplit(g.AsException(), &egMatcher{types: ValueErrorType.Value()}, true)
	if err != nil {
		t.Fatal(err)
	}
	_, me := egParts(m)
	_, re := egParts(r)
	if len(me.items) != 1 || me.items[0].AsException() != v1 || len(re.items) != 1 || re.items[0].AsException() != t2 {
		t.Errorf("split(ValueError) = %v, %v", m, r)
	}
	if got, _ := eg_str(g); got.AsStr().S != "g (2 sub-exceptions)" {
		t.Errorf("str = %q", got.AsStr().S)
	}
}
