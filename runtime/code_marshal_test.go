// This file tests marshal: code objects of real modules survive a round
// trip field by field, marshalled programs run as the originals do, values
// match CPython's bytes, and no input makes MarshalLoads panic.

package runtime

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"krait/compiler"
	"krait/syntax"
)

// stdlibSamples are standard-library modules with classes, closures,
// generators, comprehensions, try/except and big constant tables.
var stdlibSamples = []string{"os.py", "typing.py", "json/decoder.py", "collections/__init__.py", "re/_parser.py",
	"dataclasses.py", "asyncio/tasks.py", "enum.py", "importlib/_bootstrap_external.py", "decimal.py", "_pydecimal.py", "string.py"}

func TestMarshalCodeRoundTrip(t *testing.T) {
	samples := stdlibSamples
	if !testing.Short() {
		all, _ := filepath.Glob("/usr/lib/python3.11/*.py")
		for _, p := range all {
			samples = append(samples, filepath.Base(p))
		}
	}
	for _, name := range samples {
		path := filepath.Join("/usr/lib/python3.11", name)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Skipf("no standard library: %v", err)
		}
		co, exc := CompileSource(src, path, syntax.ModeExec)
		if exc != nil {
			continue // a SyntaxError (test files, bad_coding) is not this test's business
		}
		data, exc := MarshalDumps(ValueOf(co), MarshalVersion)
		if exc != nil {
			t.Fatalf("%s: dumps: %v", name, exc)
		}
		v, n, exc := MarshalLoads(data)
		if exc != nil || n != len(data) {
			t.Fatalf("%s: loads: %v (read %d of %d)", name, exc, n, len(data))
		}
		compareCode(t, name, co, ptrOf[Code](v))
		again, _ := MarshalDumps(v, MarshalVersion)
		if len(again) != len(data) {
			t.Errorf("%s: marshalling the loaded code gives %d bytes, not %d", name, len(again), len(data))
		}
	}
}

// compareCode checks that two code objects agree in everything the
// interpreter and the co_* attributes use.
func compareCode(t *testing.T, where string, a, b *Code) {
	t.Helper()
	b.initCaches() // decodes the cache index
	ac, bc := *a.c, *b.c
	ac.Consts, bc.Consts = nil, nil
	for _, c := range []*compiler.Code{&ac, &bc} {
		for _, s := range []*[]string{&c.Names, &c.Varnames, &c.Cellvars, &c.Freevars} {
			if len(*s) == 0 {
				*s = nil
			}
		}
		if len(c.ExcTable) == 0 {
			c.ExcTable = nil
		}
	}
	if !reflect.DeepEqual(ac, bc) {
		t.Errorf("%s: %s: compiled code differs:\n%+v\n%+v", where, a.name.S, ac, bc)
		return
	}
	if a.c.Filename != b.c.Filename || a.qualname.S != b.qualname.S || a.flags != b.flags || len(a.consts) != len(b.consts) {
		t.Errorf("%s: %s: code attributes differ", where, a.name.S)
		return
	}
	for i, k := range a.consts {
		l := b.consts[i]
		if k.Type() != l.Type() {
			t.Errorf("%s: %s: const %d is %s, loaded %s", where, a.name.S, i, k.Type().Name, l.Type().Name)
			continue
		}
		if k.Type() == CodeType {
			compareCode(t, where, ptrOf[Code](k), ptrOf[Code](l))
			continue
		}
		if k.Type() == FrozenSetType {
			// Loading inserts the items in the order they were written,
			// which can give another table order, as in CPython.
			if eq, _ := RichCompareBool(k, l, Eq); !eq {
				t.Errorf("%s: %s: frozenset const %d differs", where, a.name.S, i)
			}
			continue
		}
		kr, _ := Repr(k)
		lr, _ := Repr(l)
		if kr.S != lr.S {
			t.Errorf("%s: %s: const %d: %s became %s", where, a.name.S, i, kr.S, lr.S)
		}
	}
}

// TestMarshalCodeRuns runs a program and its marshalled-and-loaded copy.
func TestMarshalCodeRuns(t *testing.T) {
	src := evalPrograms["exceptions"] + evalPrograms["generators"] + evalPrograms["class"] + `
def f(a, b=2, *c, d, **e):
    x = [i*a for i in range(b)]
    def g(): return x, d, c, e
    return g(), {1, 2} , 1.5j, 2**100, -2**70, 'é\ud800', b'\x00\xff', (1, (2, ...))
print(f(3, 4, 5, d=6, z=7))
`
	co, exc := CompileSource([]byte(src), "prog.py", syntax.ModeExec)
	if exc != nil {
		t.Fatal(exc)
	}
	data, exc := MarshalDumps(ValueOf(co), MarshalVersion)
	if exc != nil {
		t.Fatal(exc)
	}
	v, _, exc := MarshalLoads(data)
	if exc != nil {
		t.Fatal(exc)
	}
	want := runCodeForTest(t, co)
	if got := runCodeForTest(t, ptrOf[Code](v)); got != want {
		t.Errorf("loaded code printed:\n%s\nthe original:\n%s", got, want)
	}
}

func runCodeForTest(t *testing.T, co *Code) string {
	var buf bytes.Buffer
	saved := Stdout
	Stdout = bufio.NewWriter(&buf)
	defer func() { Stdout = saved }()
	m := NewModule("__main__")
	if _, exc := RunCode(co, m.Dict, Value{}); exc != nil {
		t.Fatalf("uncaught: %v", exc)
	}
	Stdout.Flush()
	return buf.String()
}

// TestMarshalMatchesCPython compares the bytes of values with python3.11's.
func TestMarshalMatchesCPython(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	exprs := "[None, True, 1, -1, 300, 2**31, -2**31-1, 2**100, -2**70, 1.5, -0.0, 2j+1, 'abc', 'é\\ud800', b'xy', (1, 2), (1, 1), [1, 2], {'k': (3,)}, ..., StopIteration, tuple(range(300))]"
	out, err := exec.Command(py, "-c", "import marshal, sys\nfor v in "+exprs+":\n    for ver in (0, 2, 4):\n        sys.stdout.write(marshal.dumps(v, ver).hex() + '\\n')").Output()
	if err != nil {
		t.Fatal(err)
	}
	// The runtime test binary has no marshal module: evaluate the values
	// with the compiler and marshal them here.
	m := NewModule("__main__")
	m.Dict.SetStr(Intern("marshal_dumps"), NewBuiltinFunction(&Method{Name: "marshal_dumps", Sig: "v, ver", Fn: func(_ Value, a []Value) (Value, *Exception) {
		b, exc := MarshalDumps(a[0], int(a[1].SmallInt()))
		if exc != nil {
			return Value{}, exc
		}
		return NewBytes(b), nil
	}}, Value{}, "t"))
	src := "out = []\nfor v in " + exprs + ":\n    for ver in (0, 2, 4):\n        out.append(marshal_dumps(v, ver).hex() + '\\n')\n"
	co, exc := CompileSource([]byte(src), "t.py", syntax.ModeExec)
	if exc != nil {
		t.Fatal(exc)
	}
	if _, exc := RunCode(co, m.Dict, Value{}); exc != nil {
		t.Fatal(exc)
	}
	lst, _ := m.Dict.GetStr(Intern("out"))
	var got bytes.Buffer
	for _, s := range ptrOf[List](lst).items {
		got.WriteString(s.AsStr().S)
	}
	if got.String() != string(out) {
		t.Errorf("marshal bytes differ from CPython's:\n%s\nwant:\n%s", got.String(), out)
	}
}

// marshalSeeds are inputs for the fuzzer: valid data of every kind, a
// code object, and corrupted variants.
func marshalSeeds(t testing.TB) [][]byte {
	var seeds [][]byte
	co, exc := CompileSource([]byte("def f(a, *b, c=1, **d):\n    try:\n        return [x for x in b], {1, 2}, 2**80, 1.5j, 'é'\n    except E as e:\n        raise\nclass C: pass\n"), "s.py", syntax.ModeExec)
	if exc != nil {
		t.Fatal(exc)
	}
	data, _ := MarshalDumps(ValueOf(co), MarshalVersion)
	seeds = append(seeds, data, data[:len(data)/2])
	for _, hexdata := range []string{"e901000000", "a902e901000000e902000000", "2902da0568656c6c6f7200000000", "ecfbffffff00000000000000000004",
		"fb7a016b290172000000003000", "db01000000db01000000720000000000", "bc02000000e901000000e902000000", "f9000000000000f03f000000000000f0bf",
		"7803312e350132", "4900000000000000ff"} {
		b, _ := decodeHexForTest(hexdata)
		seeds = append(seeds, b)
	}
	return seeds
}

func decodeHexForTest(s string) ([]byte, bool) {
	out := make([]byte, len(s)/2)
	for i := range out {
		var v byte
		for _, c := range s[2*i : 2*i+2] {
			v <<= 4
			switch {
			case c >= '0' && c <= '9':
				v |= byte(c - '0')
			case c >= 'a' && c <= 'f':
				v |= byte(c-'a') + 10
			default:
				return nil, false
			}
		}
		out[i] = v
	}
	return out, true
}

// TestMarshalCorrupt flips and truncates every byte of a marshalled code
// object: loading must fail with a Python exception or succeed, never panic.
func TestMarshalCorrupt(t *testing.T) {
	data := marshalSeeds(t)[0]
	for i := range data {
		MarshalLoads(data[:i])
		b := append([]byte(nil), data...)
		for _, x := range []byte{0, 0xff, 0x80, 1} {
			b[i] = data[i] ^ x
			if _, _, exc := MarshalLoads(b); exc != nil {
				if n := exc.Type().Name; n != "ValueError" && n != "EOFError" && n != "TypeError" && n != "UnicodeDecodeError" {
					t.Errorf("byte %d ^ %#x: %v", i, x, exc)
				}
			}
		}
	}
}

func FuzzMarshalLoads(f *testing.F) {
	for _, s := range marshalSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v, n, exc := MarshalLoads(b)
		if exc == nil && (v.IsNull() || n > len(b)) {
			t.Fatalf("no error but value %v, read %d of %d", v.IsNull(), n, len(b))
		}
		if exc == nil {
			// What loads must marshal again.
			if _, exc := MarshalDumps(v, MarshalVersion); exc != nil && v.Type() != ListType && v.Type() != DictType && v.Type() != SetType {
				t.Fatalf("loaded %s does not marshal: %v", v.Type().Name, exc)
			}
		}
	})
}

// BenchmarkMarshalLoadsTyping measures loading the code of typing.py, the
// largest module Krait's start-up benchmark imports.
func BenchmarkMarshalLoadsTyping(b *testing.B) {
	src, err := os.ReadFile("/usr/lib/python3.11/typing.py")
	if err != nil {
		b.Skip("no standard library")
	}
	co, exc := CompileSource(src, "typing.py", syntax.ModeExec)
	if exc != nil {
		b.Fatal(exc)
	}
	data, _ := MarshalDumps(ValueOf(co), MarshalVersion)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, exc := MarshalLoads(data); exc != nil {
			b.Fatal(exc)
		}
	}
}
